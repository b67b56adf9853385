"""Hidden tests for transformers/scaled_dot_product_attention: (q, k, v, mask=None) -> (output, weights)."""
import numpy as np

from grader.testing import require

LN3 = np.log(3.0)
K2 = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])     # two keys, D = 4, √D = 2
V2 = np.array([[1.0, 0.0], [0.0, 4.0]])                          # Dv = 2


def test_two_keys_by_hand(kata):
    """q = (2 ln 3, 0, 0, 0), D = 4: scores (ln 3, 0) after dividing by √4 = 2, weights (3/4, 1/4)."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0]])
    # weights = (3, 1) / 4; output = 3/4·(1, 0) + 1/4·(0, 4) = (0.75, 1)
    kata.check("scaled_dot_product_attention", q, K2, V2,
               expected=(np.array([[0.75, 1.0]]), np.array([[0.75, 0.25]])))


def test_mask_by_hand(kata):
    """Query 0 may see key 0 only (weights (1, 0)); query 1 sees both (3/4, 1/4): masked before the softmax."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0], [2 * LN3, 0.0, 0.0, 0.0]])
    mask = np.array([[True, False], [True, True]])
    # row 0: only key 0 allowed, renormalised to weight 1, output v0 = (1, 0)
    kata.check("scaled_dot_product_attention", q, K2, V2, mask,
               expected=(np.array([[1.0, 0.0], [0.75, 1.0]]), np.array([[1.0, 0.0], [0.75, 0.25]])))


def test_fully_masked_row_is_exactly_zero(kata):
    """A query that may attend to nothing: its weights and output row are exactly 0.0 (not NaN, not uniform)."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0], [2 * LN3, 0.0, 0.0, 0.0]])
    mask = np.array([[False, False], [False, True]])
    # row 0: nothing allowed -> zeros; row 1: only key 1 -> weight 1, output v1 = (0, 4); all exact
    kata.check("scaled_dot_product_attention", q, K2, V2, mask,
               expected=(np.array([[0.0, 0.0], [0.0, 4.0]]), np.array([[0.0, 0.0], [0.0, 1.0]])),
               rtol=0.0, atol=0.0)


def test_large_scores_do_not_overflow(kata):
    """Scores (1000, 0): exp(1000) overflows, so subtract the row maximum first: weights (1, 0)."""
    q = np.array([[2000.0, 0.0, 0.0, 0.0]])
    kata.check("scaled_dot_product_attention", q, K2, V2,
               expected=(np.array([[1.0, 0.0]]), np.array([[1.0, 0.0]])))


def test_large_negative_scores_do_not_underflow(kata):
    """Scores (−1000, −1001), D = 1: exp(−1000) underflows to 0 (0/0) unless the row maximum −1000 is subtracted: weights (e/(1 + e), 1/(1 + e)) = (0.7311, 0.2689)."""
    a = 1.0 / (1.0 + np.exp(-1.0))                          # 0.7310585786300049
    kata.check("scaled_dot_product_attention", np.array([[-1.0]]), np.array([[1000.0], [1001.0]]),
               np.array([[1.0, 0.0], [0.0, 1.0]]), expected=(np.array([[a, 1.0 - a]]), np.array([[a, 1.0 - a]])))


def test_a_masked_huge_score_is_not_the_maximum(kata):
    """Scores (1000, 0, 1), key 0 masked: subtract the maximum ALLOWED score (1), not 1000 (which underflows both others to 0): weights (0, 1/(1 + e), e/(1 + e))."""
    a = 1.0 / (1.0 + np.e)                                  # 0.2689414213699951
    v = np.array([[5.0, 5.0], [1.0, 0.0], [0.0, 1.0]])
    # a second query with scores (0, 0, 0) and key 2 masked: weights (½, ½, 0), output ½·(5, 5) + ½·(1, 0) = (3, 2.5)
    kata.check("scaled_dot_product_attention", np.array([[1.0], [0.0]]), np.array([[1000.0], [0.0], [1.0]]), v,
               mask=np.array([[False, True, True], [True, True, False]]),
               expected=(np.array([[a, 1.0 - a], [3.0, 2.5]]), np.array([[0.0, a, 1.0 - a], [0.5, 0.5, 0.0]])))


def test_one_key(kata):
    """Tk = 1: every query gives weight 1 to the only key, and its output is that key's value."""
    q = np.array([[1.0, -2.0], [0.5, 3.0], [0.0, 0.0]])
    kata.check("scaled_dot_product_attention", q, np.array([[0.3, 0.7]]), np.array([[2.0, -1.0, 5.0]]),
               expected=(np.tile([2.0, -1.0, 5.0], (3, 1)), np.ones((3, 1))))


def test_matches_reference_without_mask(kata, rng):
    """Random q, k, v with no batch axis, one and two batch axes; cross-attention (Tq ≠ Tk, Dv ≠ D)."""
    arg_sets = []
    for lead in [(), (3,), (2, 3)]:
        for _ in range(2):
            tq, tk, d, dv = (int(n) for n in rng.integers(1, 7, size=4))
            q = rng.standard_normal(lead + (tq, d))
            k = rng.standard_normal(lead + (tk, d))
            v = rng.standard_normal(lead + (tk, dv))
            arg_sets.append(((q, k, v), {}))
    kata.check_each("scaled_dot_product_attention", arg_sets)


def test_matches_reference_with_masks(kata, rng):
    """Random boolean masks of full shape (N, H, Tq, Tk), some rows fully masked."""
    for _ in range(4):
        n, h, tq, tk, d = 2, 3, int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(1, 6))
        q, k = rng.standard_normal((n, h, tq, d)), rng.standard_normal((n, h, tk, d))
        v = rng.standard_normal((n, h, tk, 4))
        mask = rng.random((n, h, tq, tk)) < 0.6
        kata.check("scaled_dot_product_attention", q, k, v, mask)


def test_mask_broadcasts(kata, rng):
    """A (Tq, Tk) mask shared by every batch and head, and an (N, 1, Tq, Tk) mask shared by the heads."""
    n, h, t, d = 2, 3, 5, 4
    q, k, v = (rng.standard_normal((n, h, t, d)) for _ in range(3))
    kata.check("scaled_dot_product_attention", q, k, v, np.tril(np.ones((t, t), dtype=bool)))
    kata.check("scaled_dot_product_attention", q, k, v, rng.random((n, 1, t, t)) < 0.7)


def test_no_mask_is_an_all_true_mask(kata, rng):
    """mask=None and a mask of all True give the same result."""
    q, k, v = rng.standard_normal((4, 3)), rng.standard_normal((5, 3)), rng.standard_normal((5, 2))
    expected = kata.expected("scaled_dot_product_attention", q, k, v)
    kata.check("scaled_dot_product_attention", q, k, v, np.ones((4, 5), dtype=bool), expected=expected)
    kata.check("scaled_dot_product_attention", q, k, v, None, expected=expected)


def test_weights_are_distributions_over_allowed_keys(kata, rng):
    """Every row with an allowed key sums to 1; masked entries are exactly 0; fully masked rows are all 0."""
    q, k, v = rng.standard_normal((2, 6, 3)), rng.standard_normal((2, 7, 3)), rng.standard_normal((2, 7, 2))
    mask = rng.random((2, 6, 7)) < 0.4
    mask[0, 0] = False
    result = kata.call("scaled_dot_product_attention", q, k, v, mask)
    weights = np.asarray(result.value[1], dtype=float)
    require(np.all(weights[~mask] == 0.0), f"{result.shown}: masked entries must have weight exactly 0")
    sums = weights.sum(axis=-1)
    has_key = mask.any(axis=-1)
    require(np.allclose(sums[has_key], 1.0, rtol=0, atol=1e-12),
            f"{result.shown}: each row with an allowed key must sum to 1; got row sums {np.round(sums[has_key], 6)}")
    require(np.all(weights[~has_key] == 0.0), f"{result.shown}: a fully masked row must be all zeros")
