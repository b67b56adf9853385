"""Hidden tests for neural_nets/activations: six activations and their derivatives (PyTorch conventions)."""
import math

import numpy as np

from grader.testing import require

LN3 = math.log(3.0)
LN2 = math.log(2.0)
PHI_1 = 0.8413447460685429     # Φ(1), the standard normal CDF at 1 (tables: 0.84134)
PDF_1 = 0.24197072451914337    # φ(1) = e^(−1/2) / √(2π)
E_MINUS_40 = 4.248354255291589e-18   # e^−40

PAIRS = [("relu", "relu_grad", {}), ("leaky_relu", "leaky_relu_grad", {}),
         ("leaky_relu", "leaky_relu_grad", {"negative_slope": 0.2}), ("sigmoid", "sigmoid_grad", {}),
         ("tanh", "tanh_grad", {}), ("gelu", "gelu_grad", {}), ("gelu", "gelu_grad", {"approximate": "tanh"}),
         ("softplus", "softplus_grad", {})]


def test_relu_by_hand(kata):
    """relu([−2, −0.5, 0, 0.5, 3]) = [0, 0, 0, 0.5, 3]; its derivative is 1 only where x > 0."""
    x = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    kata.check("relu", x, expected=np.array([0.0, 0.0, 0.0, 0.5, 3.0]))
    kata.check("relu_grad", np.array([-2.0, 0.5, 3.0]), expected=np.array([0.0, 1.0, 1.0]))


def test_relu_grad_is_zero_at_zero(kata):
    """The kink: relu_grad(0.0) is 0.0 exactly (PyTorch's convention), as a float64 array."""
    kata.check("relu_grad", np.array([0.0, -0.0, 1e-300, -1e-300]), expected=np.array([0.0, 0.0, 1.0, 0.0]),
               atol=0.0)


def test_leaky_relu_by_hand(kata):
    """leaky_relu([−2, 0, 3]) = [−0.02, 0, 3] with the default slope 0.01, [−0.4, 0, 3] with slope 0.2."""
    x = np.array([-2.0, 0.0, 3.0])
    kata.check("leaky_relu", x, expected=np.array([-0.02, 0.0, 3.0]))
    kata.check("leaky_relu", x, negative_slope=0.2, expected=np.array([-0.4, 0.0, 3.0]))


def test_leaky_relu_slope_above_one(kata):
    """Any slope s ≥ 0 is allowed: with s = 2, leaky_relu([−1, 3]) = [−2, 3] (max(x, s·x) would give 6)."""
    kata.check("leaky_relu", np.array([-1.0, 3.0]), negative_slope=2.0, expected=np.array([-2.0, 3.0]))
    kata.check("leaky_relu_grad", np.array([-1.0, 0.0, 3.0]), negative_slope=2.0, expected=np.array([2.0, 2.0, 1.0]))


def test_leaky_relu_grad_by_hand(kata):
    """leaky_relu_grad([−2, −0.5, 3]) = [0.01, 0.01, 1]: the slope s on the whole negative side."""
    kata.check("leaky_relu_grad", np.array([-2.0, -0.5, 3.0]), expected=np.array([0.01, 0.01, 1.0]))
    kata.check("leaky_relu_grad", np.array([-2.0, -0.5, 3.0]), negative_slope=0.2,
               expected=np.array([0.2, 0.2, 1.0]))


def test_leaky_relu_grad_at_zero_is_the_slope(kata):
    """The kink: leaky_relu_grad(0.0) is the slope s (0.01, or 0.2 when given), as in PyTorch."""
    kata.check("leaky_relu_grad", np.array([0.0, 1.0]), expected=np.array([0.01, 1.0]))
    kata.check("leaky_relu_grad", np.array([0.0]), negative_slope=0.2, expected=np.array([0.2]))


def test_leaky_relu_with_slope_zero_is_relu(kata):
    """negative_slope = 0.0 (a scale of zero): leaky_relu is relu, [−2, 0, 3] → [0, 0, 3], and its derivative [0, 0, 1]; new float64 arrays."""
    x = np.array([-2.0, 0.0, 3.0])
    kata.check("leaky_relu", x, negative_slope=0.0, expected=np.array([0.0, 0.0, 3.0]))
    kata.check("leaky_relu_grad", x, negative_slope=0.0, expected=np.array([0.0, 0.0, 1.0]))


def test_sigmoid_by_hand(kata):
    """σ(0) = ½, σ(ln 3) = ¾, σ(−ln 3) = ¼."""
    kata.check("sigmoid", np.array([0.0, LN3, -LN3]), expected=np.array([0.5, 0.75, 0.25]))


def test_sigmoid_grad_by_hand(kata):
    """σ′ = σ(1 − σ): ¼ at 0, ¾·¼ = 0.1875 at ±ln 3."""
    kata.check("sigmoid_grad", np.array([0.0, LN3, -LN3]), expected=np.array([0.25, 0.1875, 0.1875]))


def test_tanh_by_hand(kata):
    """tanh(0) = 0 and tanh(ln 2) = 3/5; the derivative 1 − tanh² is 1 and 16/25 = 0.64 there."""
    kata.check("tanh", np.array([0.0, LN2, -LN2]), expected=np.array([0.0, 0.6, -0.6]))
    kata.check("tanh_grad", np.array([0.0, LN2, -LN2]), expected=np.array([1.0, 0.64, 0.64]))


def test_gelu_exact_by_hand(kata):
    """Exact GELU x·Φ(x): 0 at 0, Φ(1) = 0.841345 at 1, −Φ(−1) = −0.158655 at −1."""
    kata.check("gelu", np.array([0.0, 1.0, -1.0]), expected=np.array([0.0, PHI_1, -(1.0 - PHI_1)]))


def test_gelu_exact_grad_by_hand(kata):
    """Φ(x) + x·φ(x): ½ at 0, Φ(1) + φ(1) = 1.083315 at 1, Φ(−1) − φ(1) = −0.083315 at −1."""
    kata.check("gelu_grad", np.array([0.0, 1.0, -1.0]),
               expected=np.array([0.5, PHI_1 + PDF_1, (1.0 - PHI_1) - PDF_1]))


def test_gelu_tanh_by_hand(kata):
    """approximate="tanh" at x = 1: u = √(2/π)·1.044715, ½(1 + tanh u); derivative from the product rule."""
    u = math.sqrt(2 / math.pi) * (1 + 0.044715)
    t = math.tanh(u)                                   # u = 0.833562, t = 0.682375
    value = 0.5 * (1 + t)                              # 0.841192 (exact GELU: 0.841345)
    slope = 0.5 * (1 + t) + 0.5 * (1 - t * t) * math.sqrt(2 / math.pi) * (1 + 3 * 0.044715)
    kata.check("gelu", np.array([0.0, 1.0]), approximate="tanh", expected=np.array([0.0, value]))
    kata.check("gelu_grad", np.array([0.0, 1.0]), approximate="tanh", expected=np.array([0.5, slope]))


def test_gelu_default_is_exact(kata):
    """approximate="none" is the default and is the erf form, not the tanh approximation."""
    kata.check("gelu", np.array([1.0, -1.0]), approximate="none", expected=np.array([PHI_1, -(1.0 - PHI_1)]))
    kata.check("gelu_grad", np.array([1.0]), approximate="none", expected=np.array([PHI_1 + PDF_1]))


def test_softplus_by_hand(kata):
    """softplus(0) = ln 2, softplus(ln 3) = ln 4, softplus(−ln 3) = ln(4/3); its derivative is σ."""
    kata.check("softplus", np.array([0.0, LN3, -LN3]),
               expected=np.array([LN2, math.log(4.0), math.log(4.0 / 3.0)]))
    kata.check("softplus_grad", np.array([0.0, LN3, -LN3]), expected=np.array([0.5, 0.75, 0.25]))


def test_softplus_far_out(kata):
    """softplus(1000) = 1000 (e^1000 overflows) and softplus(−40) = e^−40 to a relative 1e-6 (not 0)."""
    kata.check("softplus", np.array([1000.0, -1000.0, 50.0]), expected=np.array([1000.0, 0.0, 50.0]))
    # log(1 + e^−40) = e^−40 (1 − e^−40/2 + …); atol 0: the statement asks for relative accuracy here.
    kata.check("softplus", np.array([-40.0]), expected=np.array([E_MINUS_40]), atol=0.0)


def test_far_out_inputs(kata):
    """x = ±1000 and ±40: every function and derivative gives its finite limit (no nan, no inf)."""
    x = np.array([-1000.0, -40.0, 40.0, 1000.0])
    kata.check("sigmoid", x, expected=np.array([0.0, E_MINUS_40, 1.0, 1.0]))
    kata.check("sigmoid_grad", x, expected=np.array([0.0, E_MINUS_40, E_MINUS_40, 0.0]))
    kata.check("tanh_grad", x, expected=np.zeros(4))
    kata.check("softplus_grad", x, expected=np.array([0.0, E_MINUS_40, 1.0, 1.0]))
    kata.check("gelu", x, expected=np.array([0.0, 0.0, 40.0, 1000.0]))
    kata.check("gelu_grad", x, expected=np.array([0.0, 0.0, 1.0, 1.0]))
    kata.check("gelu", x, approximate="tanh", expected=np.array([0.0, 0.0, 40.0, 1000.0]))
    kata.check("gelu_grad", x, approximate="tanh", expected=np.array([0.0, 0.0, 1.0, 1.0]))


def test_matches_reference_on_random_arrays(kata, rng):
    """Every function and derivative on random arrays of shape (n,) and (n, m), against the reference."""
    sets = {}
    for shape in [(7,), (3, 4), (2, 3, 2)]:
        x = 3 * rng.standard_normal(shape)
        for f, df, kwargs in PAIRS:
            sets.setdefault(f, []).append(((x,), kwargs))
            sets.setdefault(df, []).append(((x,), kwargs))
    for name, arg_sets in sets.items():
        kata.check_each(name, arg_sets)


def test_derivatives_match_finite_differences(kata, rng):
    """Each derivative equals the central difference (f(x+h) − f(x−h)) / 2h of f, away from the kinks."""
    h = 1e-6
    x = rng.uniform(-4, 4, 40)
    x = x[np.abs(x) > 1e-2]                      # away from the kink of relu and leaky_relu
    for f, df, kwargs in PAIRS:
        forward = getattr(kata.reference, f)
        numeric = (forward(x + h, **kwargs) - forward(x - h, **kwargs)) / (2 * h)
        # central differences are accurate to ~1e-9 here (h² terms and rounding); 1e-6 relative is ample
        kata.check(df, x, expected=numeric, rtol=1e-6, atol=1e-8, **kwargs)


def test_derivatives_match_your_own_forward(kata, rng):
    """Your derivative agrees with central differences of YOUR forward function (they describe one f)."""
    h = 1e-6
    x = rng.uniform(-4, 4, 12)
    x = x[np.abs(x) > 1e-2]
    sets, where = {}, []      # every call known up front: one batch per function
    for f, df, kwargs in PAIRS:
        forward, derivative = sets.setdefault(f, []), sets.setdefault(df, [])
        where.append((len(forward), len(derivative)))
        forward += [((x + h,), kwargs), ((x - h,), kwargs)]
        derivative.append(((x,), kwargs))
    results = {name: kata.calls(name, arg_sets) for name, arg_sets in sets.items()}
    for (f, df, kwargs), (i, j) in zip(PAIRS, where):
        plus, minus = results[f][i].value, results[f][i + 1].value
        slope = results[df][j]
        numeric = (np.asarray(plus, dtype=float) - np.asarray(minus, dtype=float)) / (2 * h)
        got = np.asarray(slope.value, dtype=float)
        require(got.shape == x.shape and np.allclose(got, numeric, rtol=1e-6, atol=1e-8),
                f"{slope.shown} is not the derivative of your {f}: central differences of {f} give "
                f"{np.round(numeric[:4], 6)}…, your {df} gives {np.round(got.ravel()[:4], 6)}…")


def test_empty_arrays(kata):
    """x with 0 entries, shapes (0,) and (0, 3): every function returns a float64 array of that shape."""
    for shape in [(0,), (0, 3)]:
        for f, df, kwargs in PAIRS:
            kata.check(f, np.zeros(shape), expected=np.zeros(shape), **kwargs)
            kata.check(df, np.zeros(shape), expected=np.zeros(shape), **kwargs)


def test_shape_is_kept(kata):
    """A (2, 3) input gives (2, 3) outputs, float64, derivatives as floats (not bool masks)."""
    x = np.array([[-1.0, 0.0, 2.0], [0.5, -3.0, 0.0]])
    kata.check("relu", x, expected=np.array([[0.0, 0.0, 2.0], [0.5, 0.0, 0.0]]))
    kata.check("relu_grad", x, expected=np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]))
    kata.check("leaky_relu_grad", x, negative_slope=0.1, expected=np.array([[0.1, 0.1, 1.0], [1.0, 0.1, 0.1]]))
