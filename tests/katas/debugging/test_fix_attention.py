"""Hidden tests for debugging/fix_attention: attention(q, k, v, *, padding_mask=None, causal=False)."""
import numpy as np

from grader.testing import require

LN3 = np.log(3.0)


def test_two_keys_by_hand(kata):
    """D = 4, Dv = 1: scores (ln 3, 0) after dividing by √4 = 2, weights (3/4, 1/4), output 3/4·1 + 1/4·5 = 2."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0]])
    k = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    kata.check("attention", q, k, np.array([[1.0], [5.0]]), expected=np.array([[2.0]]))


def test_values_wider_than_keys(kata):
    """D = 1, Dv = 4: scores are q·k (√1 = 1); weights (3/4, 1/4) from scores (ln 3, 0)."""
    q = np.array([[1.0]])
    k = np.array([[LN3], [0.0]])
    v = np.array([[4.0, 0.0, 0.0, 8.0], [0.0, 4.0, 0.0, 0.0]])
    kata.check("attention", q, k, v, expected=np.array([[3.0, 1.0, 0.0, 6.0]]))


def test_no_mask_random(kata, rng):
    """Random queries, keys and values of several sizes, no mask."""
    for _ in range(4):
        tq, tk = sorted(rng.integers(1, 7, size=2))
        d, dv = rng.integers(1, 6, size=2)
        kata.check("attention", rng.normal(size=(tq, d)), rng.normal(size=(tk, d)), rng.normal(size=(tk, dv)))


def test_padding_by_hand(kata):
    """D = Dv = 1, scores (ln 3, 0, 5), key 2 is padding: weights (3/4, 1/4, 0), output 3/4·1 + 1/4·5 = 2."""
    q = np.array([[1.0], [1.0]])
    k = np.array([[LN3], [0.0], [5.0]])
    v = np.array([[1.0], [5.0], [100.0]])
    kata.check("attention", q, k, v, padding_mask=np.array([True, True, False]),
               expected=np.array([[2.0], [2.0]]))


def test_padding_key_with_the_largest_score(kata):
    """A padding key with a far larger score than the real keys still gets weight 0; the real keys' weights renormalise."""
    # D = Dv = 1, scores (0, ln 3, 744), key 2 padding: weights (1/4, 3/4, 0), output 1/4·1 + 3/4·3 = 2.5.
    # Masking after the softmax loses the real keys: e^−744 and e^−742.9 are subnormal, so renormalising
    # them gives (2/7, 5/7) and 2.43, not 2.5.
    kata.check("attention", np.array([[1.0]]), np.array([[0.0], [LN3], [744.0]]), np.array([[1.0], [3.0], [100.0]]),
               padding_mask=np.array([True, True, False]), expected=np.array([[2.5]]))
    # D = 2 (scale 1/√2), scores (0, 0, 2000/√2), key 2 padding: weights (1/2, 1/2, 0), output (1 + 3)/2 = 2.
    # After the softmax the real keys' weights are exactly 0: zeroing the padding leaves a row of zeros.
    q = np.array([[1.0, 0.0]])
    k = np.array([[0.0, 0.0], [0.0, 0.0], [2000.0, 0.0]])
    result = kata.check("attention", q, k, np.array([[1.0], [3.0], [100.0]]),
                        padding_mask=np.array([True, True, False]), expected=np.array([[2.0]]))
    _no_warning(result)


def _no_warning(result):
    require(not result.warnings,
            f"{result.shown} made numpy warn: {result.warnings[0] if result.warnings else ''}. "
            "The statement promises no warning: no overflow, no 0/0.")


def test_padding_random(kata, rng):
    """Random inputs (D = Dv), some keys padding, at least one real key."""
    for _ in range(3):
        tq, tk, d = 3, 6, 3
        padding = rng.random(tk) < 0.5
        padding[rng.integers(tk)] = True
        kata.check("attention", rng.normal(size=(tq, d)), rng.normal(size=(tk, d)), rng.normal(size=(tk, d)),
                   padding_mask=padding)


def test_causal_square_by_hand(kata):
    """Tq = Tk = 2, D = Dv = 1: query 0 sees key 0 only (output v0 = 7), query 1 sees both (3/4·7 + 1/4·3 = 6)."""
    q = np.array([[1.0], [1.0]])
    k = np.array([[LN3], [0.0]])
    v = np.array([[7.0], [3.0]])
    kata.check("attention", q, k, v, causal=True, expected=np.array([[7.0], [6.0]]))


def test_causal_with_earlier_keys_by_hand(kata):
    """Tq = 2, Tk = 4 (the queries are positions 2 and 3): query 0 sees keys 0–2, query 1 all four."""
    q = np.array([[1.0], [1.0]])
    k = np.array([[0.0], [LN3], [0.0], [np.log(5.0)]])
    v = np.array([[0.0], [5.0], [10.0], [7.0]])
    # query 0: weights (1, 3, 1)/5 -> 0 + 3 + 2 = 5; query 1: (1, 3, 1, 5)/10 -> 0 + 1.5 + 1 + 3.5 = 6
    kata.check("attention", q, k, v, causal=True, expected=np.array([[5.0], [6.0]]))


def test_causal_one_query_sees_every_key(kata, rng):
    """Tq = 1 (one decoding step), Tk = 5: the last position sees every key, as without a mask."""
    q, k, v = rng.normal(size=(1, 2)), rng.normal(size=(5, 2)), rng.normal(size=(5, 2))
    kata.check("attention", q, k, v, causal=True)


def test_causal_random(kata, rng):
    """Random inputs (D = Dv), causal, Tq ≤ Tk."""
    for tq, tk in ((3, 5), (2, 6), (4, 4)):
        kata.check("attention", rng.normal(size=(tq, 3)), rng.normal(size=(tk, 3)), rng.normal(size=(tk, 3)),
                   causal=True)


def test_only_padding_gives_zero_rows(kata):
    """Every key is padding: every output row is exactly 0.0, with no NaN and no numpy warning."""
    q, k, v = np.ones((2, 2)), np.ones((3, 2)), np.arange(6.0).reshape(3, 2)
    result = kata.check("attention", q, k, v, padding_mask=np.zeros(3, dtype=bool), expected=np.zeros((2, 2)),
                        rtol=0.0, atol=0.0)
    _no_warning(result)


def test_causal_and_padding(kata, rng):
    """Causal and padding together; the first query sees only padding, so its row is 0.0 (no warning)."""
    q, k, v = rng.normal(size=(3, 2)), rng.normal(size=(4, 2)), rng.normal(size=(4, 3))
    result = kata.check("attention", q, k, v, causal=True, padding_mask=np.array([False, False, True, True]))
    _no_warning(result)


def test_large_scores(kata):
    """Scores (1000, 999) and (−1000, −999), D = Dv = 1: weights ∝ (e, 1) and (1, e), no overflow, no warning."""
    q = np.array([[1000.0], [-1000.0]])
    k = np.array([[1.0], [0.999]])
    v = np.array([[1.0], [0.0]])
    # row 0: 1 / (1 + e^−1); row 1: e^−1 / (e^−1 + 1)
    result = kata.check("attention", q, k, v,
                        expected=np.array([[1 / (1 + np.exp(-1.0))], [np.exp(-1.0) / (1 + np.exp(-1.0))]]))
    _no_warning(result)
