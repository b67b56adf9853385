"""Hidden tests for llm/policy_entropy: token_entropy, mean_entropy, mean_entropy_grad."""
import numpy as np

from grader.testing import require

LN3 = np.log(3.0)
H34 = -(0.75 * np.log(0.75) + 0.25 * np.log(0.25))        # entropy of (3/4, 1/4) = 0.5623351446


def _fd(logits, mask, h=1e-6):
    """Central differences of the statement's mean entropy (test-side)."""
    def mean(z):
        shifted = z - z.max(axis=-1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
        ent = -(np.exp(log_p) * log_p).sum(axis=-1)
        return ent[mask].sum() / max(mask.sum(), 1)
    g = np.zeros_like(logits)
    for index in np.ndindex(*logits.shape):
        plus, minus = logits.copy(), logits.copy()
        plus[index] += h
        minus[index] -= h
        g[index] = (mean(plus) - mean(minus)) / (2 * h)
    return g


def test_entropy_by_hand(kata):
    """p = (3/4, 1/4): H = 0.5623 nats (natural log, not bits); uniform over 3: ln 3; one sure token: 0."""
    logits = np.array([[[LN3, 0.0, -1e4], [0.0, 0.0, 0.0]]])
    kata.check("token_entropy", logits, expected=np.array([[H34, LN3]]))


def test_extreme_logits(kata):
    """(1000, −1000, 0) has entropy 0; (1000, 1000, −1000) has ln 2; (−1000, −1000, −1000) has ln 3: no NaN."""
    logits = np.array([[[1000.0, -1000.0, 0.0], [1000.0, 1000.0, -1000.0], [-1000.0, -1000.0, -1000.0]]])
    kata.check("token_entropy", logits, expected=np.array([[0.0, np.log(2.0), LN3]]))


def test_softmax_over_the_vocabulary(kata):
    """The distribution is over the last axis (V), one per position: (3/4, 1/4) then (1/2, 1/2)."""
    logits = np.array([[[LN3, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]])
    kata.check("token_entropy", logits, expected=np.array([[H34, np.log(2.0)], [np.log(2.0), np.log(2.0)]]))


def test_token_level_mean_by_hand(kata):
    """Masked tokens (3/4, 1/4) [row 0] and uniform-of-2 ×2 [row 1]: (0.5623 + 2 ln 2) / 3, over ALL kept tokens."""
    logits = np.array([[[LN3, 0.0], [5.0, -5.0]], [[0.0, 0.0], [0.7, 0.7]]])
    mask = np.array([[True, False], [True, True]])
    kata.check("mean_entropy", logits, mask, expected=(H34 + 2 * np.log(2.0)) / 3)


def test_all_masked_mean_is_zero(kata):
    """No token counts: the mean entropy is 0.0 and its gradient is all zeros (no NaN)."""
    logits = np.array([[[0.7, 0.1], [0.3, 0.9]]])
    mask = np.array([[False, False]])
    kata.check("mean_entropy", logits, mask, expected=0.0)
    kata.check("mean_entropy_grad", logits, mask, expected=np.zeros((1, 2, 2)))


def test_gradient_by_hand(kata):
    """One kept position p = (3/4, 1/4): ∂H/∂z = −p (log p + H) = (−0.20599, 0.20599); masked position gets 0."""
    logits = np.array([[[LN3, 0.0], [0.7, 0.1]]])
    mask = np.array([[True, False]])
    g0 = -0.75 * (np.log(0.75) + H34)
    kata.check("mean_entropy_grad", logits, mask, expected=np.array([[[g0, -g0], [0.0, 0.0]]]))
    # two kept positions: each gradient is divided by 2; (0.7, 0.1) has p = (1, e^−0.6) / (1 + e^−0.6)
    mask2 = np.array([[True, True]])
    p = np.array([1.0, np.exp(-0.6)]) / (1.0 + np.exp(-0.6))
    h = -np.sum(p * np.log(p))
    g1 = -p * (np.log(p) + h)
    kata.check("mean_entropy_grad", logits, mask2, expected=np.array([[[g0 / 2, -g0 / 2], g1 / 2]]))


def test_gradient_matches_finite_differences(kata, rng):
    """The gradient equals central differences of the masked mean entropy (B = 2, T = 3, V = 4)."""
    logits = rng.normal(scale=2.0, size=(2, 3, 4))
    mask = np.array([[True, False, True], [True, True, False]])
    got = kata.call("mean_entropy_grad", logits, mask).value
    numeric = _fd(logits, mask)
    require(np.allclose(got, numeric, rtol=1e-5, atol=1e-8),
            f"the gradient differs from finite differences (largest gap {np.max(np.abs(got - numeric)):.3g})")


def test_gradient_at_extremes_is_finite(kata):
    """Logits ±1000: a one-hot distribution has zero gradient; no NaN from 0 · log 0."""
    logits = np.array([[[1000.0, -1000.0, 0.0], [1000.0, 1000.0, -1000.0]]])
    mask = np.array([[True, True]])
    kata.check("mean_entropy_grad", logits, mask, expected=np.zeros((1, 2, 3)))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits (scale 5), B ≤ 3, T ≤ 5, V ≤ 6, random masks: all three functions."""
    entropies, masked = [], []
    for B, T, V in ((1, 1, 1), (2, 4, 6), (3, 5, 2)):
        logits = rng.normal(scale=5.0, size=(B, T, V))
        mask = rng.random((B, T)) < 0.6
        entropies.append(((logits,), {}))
        masked.append(((logits, mask), {}))
    kata.check_each("token_entropy", entropies)
    kata.check_each("mean_entropy", masked)
    kata.check_each("mean_entropy_grad", masked)


def test_bad_mask_shape_raises(kata):
    """mask must be (B, T) for logits (B, T, V)."""
    kata.raises("ValueError", "mean_entropy", np.zeros((2, 3, 4)), np.ones((2, 4), dtype=bool))
    kata.raises("ValueError", "mean_entropy_grad", np.zeros((2, 3, 4)), np.ones((3, 2), dtype=bool))
