"""Hidden tests for transformers/swiglu_ffn: swiglu_forward and swiglu_backward."""
import numpy as np

from grader.testing import require

S07 = 1.0 / (1.0 + np.exp(-0.7))                 # σ(0.7)
SILU07 = 0.7 * S07
DSILU07 = S07 * (1.0 + 0.7 * (1.0 - S07))         # silu'(0.7)
X = np.array([[0.7]])
WG, WU, WD = np.array([[1.0]]), np.array([[2.0]]), np.array([[0.1]])


def _forward(x, wg, wu, wd):
    a = x @ wg
    return (a / (1.0 + np.exp(-a)) * (x @ wu)) @ wd


def _fd(args, d_out, h=1e-6):
    """Central differences of L = Σ out ⊙ d_out with respect to x and the three weights (test-side)."""
    grads = []
    for which in range(4):
        g = np.zeros_like(args[which])
        for index in np.ndindex(*g.shape):
            plus, minus = [a.copy() for a in args], [a.copy() for a in args]
            plus[which][index] += h
            minus[which][index] -= h
            g[index] = (np.sum(_forward(*plus) * d_out) - np.sum(_forward(*minus) * d_out)) / (2 * h)
        grads.append(g)
    return grads


def test_forward_by_hand(kata):
    """d = F = 1: a = 0.7, b = 1.4, out = 0.1 · 0.7 σ(0.7) · 1.4."""
    kata.check("swiglu_forward", X, WG, WU, WD, expected=np.array([[0.1 * SILU07 * 1.4]]))


def test_the_gate_is_the_silu_branch(kata):
    """silu goes on x W_gate, and x W_up stays linear: a = 0.7, b = −0.3 gives silu(0.7) · (−0.3) · W_down."""
    kata.check("swiglu_forward", X, WG, np.array([[-0.3 / 0.7]]), WD,
               expected=np.array([[0.1 * SILU07 * -0.3]]))


def test_backward_by_hand(kata):
    """d_out = 1: dW_down = h, dh = 0.1, db = dh·silu(a), da = dh·b·silu'(a); dx = da·1 + db·2."""
    da = 0.1 * 1.4 * DSILU07
    db = 0.1 * SILU07
    kata.check("swiglu_backward", X, WG, WU, WD, np.array([[1.0]]),
               expected=(np.array([[da + 2 * db]]), np.array([[0.7 * da]]), np.array([[0.7 * db]]),
                         np.array([[SILU07 * 1.4]])))


def test_closed_gate_passes_gradient_to_the_gate_only(kata):
    """a = 0: silu(0) = 0 shuts the gate: out = 0, W_up and W_down get 0, W_gate gets dh · b · silu'(0) = dh · b / 2."""
    x = np.array([[1.0, 0.0]])
    wg, wu, wd = np.array([[0.0], [5.0]]), np.array([[3.0], [0.0]]), np.array([[2.0, 1.0]])
    kata.check("swiglu_forward", x, wg, wu, wd, expected=np.array([[0.0, 0.0]]))
    kata.check("swiglu_backward", x, wg, wu, wd, np.array([[1.0, 1.0]]),
               expected=(np.array([[0.0, 22.5]]), np.array([[4.5], [0.0]]), np.zeros((2, 1)), np.zeros((1, 2))))


def test_extreme_preactivations(kata):
    """a = ±1000 (b = ±1): silu = 1000 and 0, silu' = 1 and 0; every gradient finite."""
    x = np.array([[1000.0], [-1000.0]])
    wg, wu, wd = np.array([[1.0]]), np.array([[0.001]]), np.array([[1.0]])
    kata.check("swiglu_forward", x, wg, wu, wd, expected=np.array([[1000.0], [0.0]]))
    # da = (1, 0), db = (1000, 0): dW_gate = 1000, dW_up = 10⁶, dx = da + 0.001 db = (2, 0), dW_down = 1000
    kata.check("swiglu_backward", x, wg, wu, wd, np.ones((2, 1)),
               expected=(np.array([[2.0], [0.0]]), np.array([[1000.0]]), np.array([[1e6]]), np.array([[1000.0]])))


def test_gradients_match_finite_differences(kata, rng):
    """All four gradients equal central differences of L = Σ out ⊙ d_out (N = 3, d = 2, F = 4)."""
    args = [rng.normal(size=(3, 2)), rng.normal(size=(2, 4)), rng.normal(size=(2, 4)), rng.normal(size=(4, 2))]
    d_out = rng.normal(size=(3, 2))
    got = kata.call("swiglu_backward", *args, d_out).value
    for name, mine, numeric in zip(("dx", "dw_gate", "dw_up", "dw_down"), got, _fd(args, d_out)):
        require(np.allclose(mine, numeric, rtol=1e-5, atol=1e-8),
                f"{name} differs from finite differences (largest gap {np.max(np.abs(mine - numeric)):.3g})")


def test_backward_matches_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward, for dx."""
    args = [rng.normal(size=(2, 3)), rng.normal(size=(3, 2)), rng.normal(size=(3, 2)), rng.normal(size=(2, 3))]
    d_out = rng.normal(size=(2, 3))
    dx = kata.call("swiglu_backward", *args, d_out).value[0]
    h = 1e-6
    arg_sets = []
    for index in np.ndindex(2, 3):
        plus, minus = args[0].copy(), args[0].copy()
        plus[index] += h
        minus[index] -= h
        arg_sets += [((plus, *args[1:]), {}), ((minus, *args[1:]), {})]
    outputs = iter([r.value for r in kata.calls("swiglu_forward", arg_sets)])
    for index in np.ndindex(2, 3):
        own = (np.sum(next(outputs) * d_out) - np.sum(next(outputs) * d_out)) / (2 * h)
        require(abs(own - dx[index]) <= 1e-5 * abs(own) + 1e-8,
                f"dx{list(index)} = {dx[index]!r} disagrees with differences of your own forward {own!r}")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes N ≤ 6, d ≤ 4, F ≤ 6, weights of scale 2."""
    sets_swiglu_forward, sets_swiglu_backward = [], []
    for N, d, F in ((1, 1, 3), (6, 4, 6), (4, 3, 2)):
        args = [rng.normal(size=(N, d)), rng.normal(scale=2.0, size=(d, F)),
                rng.normal(scale=2.0, size=(d, F)), rng.normal(size=(F, d))]
        sets_swiglu_forward.append(((*args,), {}))
        sets_swiglu_backward.append(((*args, rng.normal(size=(N, d))), {}))
    kata.check_each("swiglu_forward", sets_swiglu_forward)
    kata.check_each("swiglu_backward", sets_swiglu_backward)
