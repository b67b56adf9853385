"""Hidden tests for transformers/transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None)."""
import numpy as np

G1 = 0.8411919906082768       # tanh-GELU(1) = ½(1 + tanh(√(2/π)·1.044715)); the exact GELU(1) is 0.841345
R = 1 / np.sqrt(1 + 1e-5)     # layer norm of (a − 1, a + 1): (−1, 1)·R


def _identity_ln(d):
    return (np.ones(d), np.zeros(d))


def _zero_attn(d):
    return tuple(np.zeros((d, d)) for _ in range(4))


def _random_params(rng, d, f):
    ln1 = (1 + 0.1 * rng.standard_normal(d), 0.1 * rng.standard_normal(d))
    ln2 = (1 + 0.1 * rng.standard_normal(d), 0.1 * rng.standard_normal(d))
    attn = tuple(rng.standard_normal((d, d)) / np.sqrt(d) for _ in range(4))
    mlp = (rng.standard_normal((d, f)) / np.sqrt(d), 0.1 * rng.standard_normal(f),
           rng.standard_normal((f, d)) / np.sqrt(f), 0.1 * rng.standard_normal(d))
    return ln1, attn, ln2, mlp


def test_residuals_by_hand(kata, rng):
    """Every weight zero, b2 = (1, −2, 0.5, 0): both sub-layers add 0 except b2, so out = x + b2."""
    x = rng.standard_normal((2, 3, 4))
    b2 = np.array([1.0, -2.0, 0.5, 0.0])
    mlp = (np.zeros((4, 5)), np.zeros(5), np.zeros((5, 4)), b2)
    kata.check("transformer_block", x, _identity_ln(4), _zero_attn(4), _identity_ln(4), mlp, 2,
               expected=x + b2)


def test_mlp_gelu_by_hand(kata):
    """Attention zero; LN2 with gamma 0, beta (1, 0) feeds (1, 0) to the MLP: W1 = W2 = I adds (GELU(1), 0)."""
    x = np.array([[[1.0, 2.0], [3.0, 5.0]]])
    ln2 = (np.zeros(2), np.array([1.0, 0.0]))
    mlp = (np.eye(2), np.zeros(2), np.eye(2), np.zeros(2))
    # tanh-GELU(1) = 0.84119199; GELU(0) = 0
    kata.check("transformer_block", x, _identity_ln(2), _zero_attn(2), ln2, mlp, 1,
               expected=np.array([[[1.0 + G1, 2.0], [3.0 + G1, 5.0]]]))


def test_layer_norm_by_hand(kata):
    """One token x = (1, 3): LN1 gives (−1, 1)/√(1 + 1e-5); attention (Wv = Wo = I) copies it; the MLP adds 0."""
    x = np.array([[[1.0, 3.0]]])
    Z, eye = np.zeros((2, 2)), np.eye(2)
    mlp = (Z, np.zeros(2), Z, np.zeros(2))
    # mean 2, biased variance 1, so LN1(x) = (−1, 1)·R with R = 1/√(1 + 1e-5); out = (1 − R, 3 + R)
    kata.check("transformer_block", x, _identity_ln(2), (Z, Z, eye, eye), _identity_ln(2), mlp, 1,
               expected=np.array([[[1.0 - R, 3.0 + R]]]))


def test_matches_reference_on_random_blocks(kata, rng):
    """Random blocks: N, T, D, F and heads varied, no mask."""
    for n, t, d, f, h in [(1, 4, 4, 8, 2), (2, 3, 6, 12, 3), (2, 5, 8, 16, 4), (1, 1, 4, 4, 1)]:
        kata.check("transformer_block", rng.standard_normal((n, t, d)), *_random_params(rng, d, f), h)


def test_matches_reference_with_a_causal_mask(kata, rng):
    """A causal (T, T) mask, and an (N, 1, T, T) mask with a fully masked row."""
    n, t, d = 2, 5, 6
    x = rng.standard_normal((n, t, d))
    params = _random_params(rng, d, 10)
    kata.check("transformer_block", x, *params, 2, np.tril(np.ones((t, t), dtype=bool)))
    mask = rng.random((n, 1, t, t)) < 0.6
    mask[0, 0, 0] = False
    kata.check("transformer_block", x, *params, 3, mask)


def test_causal_block_ignores_the_future(kata, rng):
    """With a causal mask, changing the last token leaves every earlier output unchanged."""
    n, t, d = 1, 5, 4
    x = rng.standard_normal((n, t, d))
    params = _random_params(rng, d, 8)
    causal = np.tril(np.ones((t, t), dtype=bool))
    first = kata.check("transformer_block", x, *params, 2, causal)
    changed = x.copy()
    changed[0, -1] += 3.0
    expected = kata.expected("transformer_block", changed, *params, 2, causal)
    expected[0, :-1] = np.asarray(first.value)[0, :-1]
    kata.check("transformer_block", changed, *params, 2, causal, expected=expected)


def test_heads_not_dividing_D_raise(kata, rng):
    """D = 4 with 3 heads: ValueError."""
    kata.raises("ValueError", "transformer_block", rng.standard_normal((1, 2, 4)), *_random_params(rng, 4, 4), 3)
