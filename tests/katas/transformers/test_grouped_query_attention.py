"""Hidden tests for transformers/grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None)."""
import numpy as np

from grader.testing import require

S1, S2 = 1 / (1 + np.exp(-1.0)), 1 / (1 + np.exp(-2.0))     # σ(1), σ(2)


def _weights(rng, d, h, g):
    dh = d // h
    return (rng.standard_normal((d, d)) / np.sqrt(d), rng.standard_normal((d, g * dh)) / np.sqrt(d),
            rng.standard_normal((d, g * dh)) / np.sqrt(d), rng.standard_normal((d, d)) / np.sqrt(d))


def test_groups_are_consecutive_by_hand(kata):
    """H = 4, G = 2, Wq = 0 (uniform weights): heads 0, 1 average K/V head 0 (mean 1), heads 2, 3 head 1 (mean 2)."""
    x = np.array([[[2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0]]])
    Wv = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    # value head 0 sees (2, 0) over the two tokens -> mean 1; value head 1 sees (0, 4) -> mean 2
    # query head h uses K/V head h // 2: (1, 1, 2, 2) for both tokens (h % 2 would give (1, 2, 1, 2))
    kata.check("grouped_query_attention", x, np.zeros((4, 4)), np.zeros((4, 2)), Wv, np.eye(4), 4, 2,
               expected=np.array([[[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 2.0, 2.0]]]))


def test_multi_query_by_hand(kata):
    """G = 1, H = 2 (Dh = 1): both query heads share k = (1, 0) and v = (3, 0)."""
    x = np.array([[[1.0, 2.0], [0.0, 0.0]]])
    Wk, Wv = np.array([[1.0], [0.0]]), np.array([[1.0], [1.0]])
    # head 0: q = (1, 0), scores [[1, 0], [0, 0]] -> row 0: σ(1)·3, row 1: 3/2
    # head 1: q = (2, 0), scores [[2, 0], [0, 0]] -> row 0: σ(2)·3, row 1: 3/2
    kata.check("grouped_query_attention", x, np.eye(2), Wk, Wv, np.eye(2), 2, 1,
               expected=np.array([[[3 * S1, 3 * S2], [1.5, 1.5]]]))


def test_fully_masked_row_is_exactly_zero(kata):
    """A query that may attend to nothing gives exactly 0.0 in every head (not NaN)."""
    x = np.array([[[2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0]]])
    Wv = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    mask = np.array([[False, False], [True, True]])
    kata.check("grouped_query_attention", x, np.zeros((4, 4)), np.zeros((4, 2)), Wv, np.eye(4), 4, 2, mask,
               expected=np.array([[[0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 2.0, 2.0]]]), rtol=0.0, atol=0.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random inputs for G = H (multi-head), 1 < G < H (grouped) and G = 1 (multi-query)."""
    arg_sets = []
    for n, t, d, h, g in [(1, 4, 8, 4, 4), (2, 5, 8, 4, 2), (2, 3, 12, 6, 3), (1, 6, 12, 6, 2),
                          (2, 4, 8, 4, 1), (1, 3, 6, 3, 1), (1, 1, 4, 2, 1)]:
        arg_sets.append(((rng.standard_normal((n, t, d)), *_weights(rng, d, h, g), h, g), {}))
    kata.check_each("grouped_query_attention", arg_sets)


def test_matches_reference_with_masks(kata, rng):
    """A causal (T, T) mask and a random (N, 1, T, T) mask, grouped and multi-query."""
    n, t, d = 2, 5, 8
    x = rng.standard_normal((n, t, d))
    causal = np.tril(np.ones((t, t), dtype=bool))
    for g in (2, 1):
        W = _weights(rng, d, 4, g)
        kata.check("grouped_query_attention", x, *W, 4, g, causal)
        kata.check("grouped_query_attention", x, *W, 4, g, rng.random((n, 1, t, t)) < 0.6)


def test_same_as_multi_head_with_repeated_kv_weights(kata, rng):
    """GQA equals multi-head attention (G = H) whose K/V weight blocks are the shared ones, repeated per group."""
    n, t, d, h, g = 1, 5, 12, 6, 2
    x = rng.standard_normal((n, t, d))
    Wq, Wk, Wv, Wo = _weights(rng, d, h, g)
    dh = d // h
    # block j of a (D, G·Dh) weight -> repeated H/G times in a row: (D, H·Dh)
    expand = lambda W: np.repeat(W.reshape(d, g, dh), h // g, axis=1).reshape(d, h * dh)
    grouped = kata.call("grouped_query_attention", x, Wq, Wk, Wv, Wo, h, g)
    full = kata.call("grouped_query_attention", x, Wq, expand(Wk), expand(Wv), Wo, h, h)
    a, b = np.asarray(grouped.value, dtype=float), np.asarray(full.value, dtype=float)
    require(a.shape == b.shape == (n, t, d) and np.allclose(a, b, rtol=1e-9, atol=1e-12),
            f"{grouped.shown} should equal multi-head attention with each K/V block repeated for its "
            f"{h // g} consecutive query heads, {full.shown}")


def test_kv_heads_not_dividing_heads_raise(kata, rng):
    """H = 4 query heads with G = 3 K/V heads: ValueError."""
    d = 12
    kata.raises("ValueError", "grouped_query_attention", rng.standard_normal((1, 2, d)),
                np.eye(d), np.zeros((d, 9)), np.zeros((d, 9)), np.eye(d), 4, 3)


def test_heads_not_dividing_D_raise(kata, rng):
    """D = 6 with H = 4: ValueError."""
    kata.raises("ValueError", "grouped_query_attention", rng.standard_normal((1, 2, 6)),
                np.eye(6), np.zeros((6, 2)), np.zeros((6, 2)), np.eye(6), 4, 2)
