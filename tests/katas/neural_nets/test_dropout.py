"""Hidden tests for neural_nets/dropout: dropout(x, *, p, training, seed) and dropout_backward(dout, ...)."""
import math

import numpy as np

from grader.testing import require

X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
# default_rng(0).random((2, 3)) = [[0.637, 0.2698, 0.041], [0.0165, 0.8133, 0.9128]]
# default_rng(1).random((2, 3)) = [[0.5118, 0.9505, 0.1442], [0.9486, 0.3118, 0.4233]]
Z = 4.89   # two-sided normal quantile for a false-alarm rate of 1e-6


def test_half_dropout_by_hand(kata):
    """p = ½, seed 0: u ≥ ½ at [0,0], [1,1], [1,2]; those are kept and doubled, the rest are 0."""
    # atol 0: a dropped entry is exactly 0
    kata.check("dropout", X, p=0.5, training=True, seed=0,
               expected=np.array([[2.0, 0.0, 0.0], [0.0, 10.0, 12.0]]), atol=0.0)


def test_quarter_dropout_by_hand(kata):
    """p = ¼, seed 1: only u = 0.1442 < ¼ is dropped; survivors are scaled by 1/(1 − ¼) = 4/3."""
    kata.check("dropout", np.ones((2, 3)), p=0.25, training=True, seed=1,
               expected=np.array([[4 / 3, 4 / 3, 0.0], [4 / 3, 4 / 3, 4 / 3]]))


def test_eval_mode_is_the_identity(kata):
    """training=False: the output equals x (no mask, no scaling), for any p and seed."""
    # rtol = atol = 0: the statement says the output equals x
    kata.check("dropout", X, p=0.5, training=False, seed=0, expected=X.copy(), rtol=0.0, atol=0.0)
    kata.check("dropout", X, p=0.9, training=False, seed=3, expected=X.copy(), rtol=0.0, atol=0.0)


def test_u_equal_to_p_is_kept(kata):
    """The boundary: p set to the drawn u at [0, 1] (0.2698…, seed 0): u == p there, so it is KEPT (u ≥ p)."""
    u = np.random.default_rng(0).random((2, 3))
    p = float(u[0, 1])
    # kept: u ≥ p at [0,0] (0.637), [0,1] (equal), [1,1], [1,2]; dropped: [0,2] (0.041), [1,0] (0.0165)
    scale = 1.0 / (1.0 - p)
    kata.check("dropout", np.ones((2, 3)), p=p, training=True, seed=0,
               expected=np.array([[scale, scale, 0.0], [0.0, scale, scale]]))


def test_p_zero_keeps_everything(kata):
    """p = 0 in training: every u ≥ 0, so every entry is kept and the scale is 1: the output equals x."""
    kata.check("dropout", X, p=0.0, training=True, seed=5, expected=X.copy(), rtol=0.0, atol=0.0)


def test_p_one_drops_everything(kata):
    """p = 1 in training: every entry is dropped: an array of zeros (not nan from dividing by 1 − p = 0)."""
    kata.check("dropout", X, p=1.0, training=True, seed=0, expected=np.zeros((2, 3)), atol=0.0)


def test_backward_by_hand(kata):
    """dropout_backward with p = ½, seed 0: the forward's mask and scale, applied to dout."""
    dout = np.array([[1.0, -1.0, 2.0], [0.5, 3.0, -4.0]])
    kata.check("dropout_backward", dout, p=0.5, training=True, seed=0,
               expected=np.array([[2.0, 0.0, 0.0], [0.0, 6.0, -8.0]]))
    kata.check("dropout_backward", dout, p=0.5, training=False, seed=0, expected=dout.copy(), rtol=0.0, atol=0.0)


def test_backward_edges(kata):
    """Backward with p = 1 gives zeros, with p = 0 a copy of dout, and keeps u == p like the forward."""
    dout = np.array([[1.0, 2.0, 3.0]])
    kata.check("dropout_backward", dout, p=1.0, training=True, seed=0, expected=np.zeros((1, 3)), atol=0.0)
    kata.check("dropout_backward", dout, p=0.0, training=True, seed=0, expected=dout.copy(), rtol=0.0, atol=0.0)
    u = np.random.default_rng(2).random((1, 3))   # [0.2616, 0.2985, 0.8142]
    p = float(u[0, 1])
    kata.check("dropout_backward", dout, p=p, training=True, seed=2,
               expected=np.array([[0.0, 2.0, 3.0]]) / (1.0 - p))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes, p and seeds, in both modes, forward and backward."""
    arg_sets = []
    for shape in [(5,), (4, 3), (2, 3, 4)]:
        x = rng.standard_normal(shape)
        for training in (True, False):
            p, seed = float(rng.uniform(0.05, 0.95)), int(rng.integers(0, 2**31))
            arg_sets.append(((x,), {"p": p, "training": training, "seed": seed}))
    kata.check_each("dropout", arg_sets)
    kata.check_each("dropout_backward", arg_sets)


def test_empty_input(kata):
    """x with 0 entries (shapes (0,) and (0, 4)): an empty float64 array of that shape, in both modes."""
    for shape in [(0,), (0, 4)]:
        for training in (True, False):
            kata.check("dropout", np.zeros(shape), p=0.5, training=training, seed=0, expected=np.zeros(shape))
            kata.check("dropout_backward", np.zeros(shape), p=0.5, training=training, seed=0,
                       expected=np.zeros(shape))


def test_p_outside_the_unit_interval_raises(kata):
    """p = −0.1 or 1.5 raise ValueError, in training and in evaluation mode."""
    cases = []
    for p in (-0.1, 1.5):
        for training in (True, False):
            cases.append(("ValueError", "dropout", (X,), {"p": p, "training": training, "seed": 0}))
            cases.append(("ValueError", "dropout_backward", (X,), {"p": p, "training": training, "seed": 0}))
    kata.raises_each(cases)


def test_backward_matches_finite_differences(kata, rng):
    """With L = Σ dropout(x) ⊙ G, dropout_backward(G) equals central differences of the forward in x."""
    x, G, h = rng.standard_normal((3, 4)), rng.standard_normal((3, 4)), 1e-6
    forward = kata.reference.dropout
    numeric = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        numeric[index] = (np.sum(forward(plus, p=0.3, training=True, seed=8) * G)
                          - np.sum(forward(minus, p=0.3, training=True, seed=8) * G)) / (2 * h)
    # L is linear in x: the differences are exact up to rounding (~1e-10)
    kata.check("dropout_backward", G, p=0.3, training=True, seed=8, expected=numeric, rtol=1e-6, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Along a random direction v, ⟨your dx, v⟩ equals the central difference of Σ your dropout(x) ⊙ G."""
    x, G, v, h = rng.standard_normal((4, 5)), rng.standard_normal((4, 5)), rng.standard_normal((4, 5)), 1e-6
    result = kata.call("dropout_backward", G, p=0.4, training=True, seed=13)
    plus = np.asarray(kata.call("dropout", x + h * v, p=0.4, training=True, seed=13).value, dtype=float)
    minus = np.asarray(kata.call("dropout", x - h * v, p=0.4, training=True, seed=13).value, dtype=float)
    numeric = float(np.sum((plus - minus) * G) / (2 * h))
    got = float(np.sum(np.asarray(result.value, dtype=float) * v))
    require(math.isclose(got, numeric, rel_tol=1e-6, abs_tol=1e-8),
            f"{result.shown}: ⟨dx, v⟩ = {got:.6g}, but central differences of your dropout give {numeric:.6g}: "
            f"the backward must use the forward's mask and scale")


def test_keeps_a_fraction_one_minus_p_and_the_mean(kata):
    """x = ones(200, 500), p = 0.3, seeds 0–2: the kept fraction is 0.7 and the mean 1 within 4.89 standard errors."""
    n, p = 100_000, 0.3
    for seed in range(3):
        result = kata.call("dropout", np.ones((200, 500)), p=p, training=True, seed=seed)
        out = np.asarray(result.value, dtype=float)
        kept = np.mean(out != 0)
        bound = Z * math.sqrt(p * (1 - p) / n)
        require(abs(kept - (1 - p)) <= bound,
                f"{result.shown}: {kept:.4f} of the entries were kept; expected 1 − p = {1 - p} (± {bound:.4f})")
        # the output mean is kept/(1 − p): unbiased, with standard error √(p(1 − p)/n)/(1 − p)
        require(abs(out.mean() - 1.0) <= bound / (1 - p),
                f"{result.shown}: the mean output is {out.mean():.4f}; inverted dropout keeps it at 1")
