"""Outside oracles for the transformers references.

Plain pytest tests (not hidden tests): each loads OUR REFERENCE from solutions/transformers/ and
compares it with an independent computation built on scipy on 20+ random inputs:
scipy.special.softmax for attention (a row of −∞ gives NaN there, as torch.softmax does;
PyTorch ≥ 2.5's scaled_dot_product_attention gives 0, as we define, so fully masked rows are
compared with 0), scipy.spatial.transform.Rotation for the direction of RoPE's rotations,
scipy.stats.zscore for layer norm. PyTorch is not installed;
its conventions are stated in each statement.
"""
import importlib.util
import warnings

import numpy as np
import pytest
from scipy import special, stats
from scipy.spatial.transform import Rotation

from grader import ROOT


def _load(name):
    path = ROOT / "solutions" / "transformers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_transformers_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sdpa = _load("scaled_dot_product_attention")
masks = _load("attention_masks")
mha = _load("multi_head_attention")
pe = _load("sinusoidal_positional_encoding")
rope = _load("rotary_embeddings")
block = _load("transformer_block")
gqa = _load("grouped_query_attention")

SEEDS = range(20)


def _scipy_attention(q, k, v, mask):
    """softmax(QKᵀ/√D + mask) V with scipy's softmax; fully masked rows (NaN in scipy) set to 0."""
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    scores = np.where(mask, scores, -np.inf)
    with warnings.catch_warnings(), np.errstate(invalid="ignore"):
        warnings.simplefilter("ignore")
        weights = special.softmax(scores, axis=-1)
    empty = ~np.broadcast_to(mask, scores.shape).any(axis=-1)
    assert np.all(np.isnan(weights[empty]))          # what scipy (and PyTorch) give there
    weights[empty] = 0.0                             # our convention
    return weights @ v, weights


def _scipy_heads(x, Wq, Wk, Wv, Wo, H, G, mask):
    """Attention head by head with scipy's softmax; query head h uses K/V head h // (H/G)."""
    N, T, D = x.shape
    Dh = D // H
    full = np.broadcast_to(mask, (N, H, T, T))
    out = np.zeros((N, T, D))
    for h in range(H):
        g = h // (H // G)
        q, k, v = x @ Wq[:, h * Dh:(h + 1) * Dh], x @ Wk[:, g * Dh:(g + 1) * Dh], x @ Wv[:, g * Dh:(g + 1) * Dh]
        out[:, :, h * Dh:(h + 1) * Dh] = _scipy_attention(q, k, v, full[:, h])[0]
    return out @ Wo


@pytest.mark.parametrize("seed", SEEDS)
def test_attention_matches_scipy_softmax(seed):
    rng = np.random.default_rng(seed)
    n, h, tq, tk, d, dv = 2, 3, int(rng.integers(1, 7)), int(rng.integers(1, 7)), int(rng.integers(1, 9)), 4
    q, k, v = rng.standard_normal((n, h, tq, d)), rng.standard_normal((n, h, tk, d)), rng.standard_normal((n, h, tk, dv))
    mask = rng.random((n, h, tq, tk)) < 0.6
    mask[0, 0, 0] = False                            # at least one fully masked row
    ours = sdpa.scaled_dot_product_attention(q, k, v, mask)
    theirs = _scipy_attention(q, k, v, mask)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(sdpa.scaled_dot_product_attention(q, k, v)[0],
                               _scipy_attention(q, k, v, np.ones((tq, tk), bool))[0], rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("seed", SEEDS)
def test_masks_match_numpy_triangles(seed):
    rng = np.random.default_rng(seed)
    t = int(rng.integers(0, 10))
    lengths = rng.integers(0, t + 1, size=int(rng.integers(0, 5)))
    causal = np.tril(np.ones((t, t), dtype=bool))    # np.tril keeps the diagonal
    np.testing.assert_array_equal(masks.causal_mask(t), causal)
    padding = np.array([[j < n for j in range(t)] for n in lengths], dtype=bool).reshape(len(lengths), t)
    np.testing.assert_array_equal(masks.padding_mask(lengths, t), padding)
    np.testing.assert_array_equal(masks.combined_mask(lengths, t), causal[None, None] & padding[:, None, None, :])


@pytest.mark.parametrize("seed", SEEDS)
def test_multi_head_and_grouped_attention_match_head_by_head_scipy(seed):
    rng = np.random.default_rng(seed)
    n, t = 2, int(rng.integers(1, 7))
    # every kind of grouping, 1 < G < H included (where h // (H/G) and h % G differ)
    h, g = [(1, 1), (2, 1), (2, 2), (4, 1), (4, 2), (4, 4), (6, 2), (6, 3)][seed % 8]
    d = h * int(rng.integers(1, 4))
    x = rng.standard_normal((n, t, d))
    Wq, Wo = rng.standard_normal((d, d)), rng.standard_normal((d, d))
    Wk, Wv = rng.standard_normal((d, d)), rng.standard_normal((d, d))
    mask = rng.random((n, 1, t, t)) < 0.7
    np.testing.assert_allclose(mha.multi_head_attention(x, Wq, Wk, Wv, Wo, h, mask),
                               _scipy_heads(x, Wq, Wk, Wv, Wo, h, h, mask), rtol=1e-10, atol=1e-12)
    dh = d // h
    Wk_g, Wv_g = Wk[:, :g * dh], Wv[:, :g * dh]
    np.testing.assert_allclose(gqa.grouped_query_attention(x, Wq, Wk_g, Wv_g, Wo, h, g, mask),
                               _scipy_heads(x, Wq, Wk_g, Wv_g, Wo, h, g, mask), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_rope_rotates_counter_clockwise_like_scipy(seed):
    """Pair i of the token at position p, as the 3-D vector (x_2i, x_2i+1, 0), rotated about z by p·θ_i."""
    rng = np.random.default_rng(seed)
    t, d = int(rng.integers(1, 6)), 2 * int(rng.integers(1, 6))
    base = float(rng.uniform(10.0, 1e4))
    x = rng.standard_normal((t, d))
    positions = rng.integers(0, 50, size=t)
    ours = rope.apply_rotary_embeddings(x, positions, base=base)
    for row in range(t):
        for i in range(d // 2):
            angle = positions[row] * base ** (-2 * i / d)
            turned = Rotation.from_rotvec([0.0, 0.0, angle]).apply([x[row, 2 * i], x[row, 2 * i + 1], 0.0])
            np.testing.assert_allclose(ours[row, 2 * i:2 * i + 2], turned[:2], rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_positional_encoding_pairs_rotate_like_scipy(seed):
    """Each (sin, cos) pair of PE at pos is (0, 1) rotated CLOCKWISE by pos·ω_i (scipy Rotation about −z)."""
    rng = np.random.default_rng(seed)
    t, d = int(rng.integers(1, 30)), int(rng.integers(1, 17))
    table = pe.sinusoidal_positional_encoding(t, d)
    for pos in range(t):
        for i in range(d // 2):
            angle = pos / 10000.0 ** (2 * i / d)
            turned = Rotation.from_rotvec([0.0, 0.0, -angle]).apply([0.0, 1.0, 0.0])   # (sin a, cos a)
            np.testing.assert_allclose(table[pos, 2 * i:2 * i + 2], turned[:2], rtol=1e-9, atol=1e-12)
        if d % 2:
            assert np.isclose(table[pos, -1], np.sin(pos / 10000.0 ** ((d - 1) / d)), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("seed", SEEDS)
def test_transformer_block_matches_scipy_pieces(seed):
    """The block rebuilt from scipy.stats.zscore (layer norm, ddof=0, eps folded in) and the scipy attention above."""
    rng = np.random.default_rng(seed)
    n, t, h = 2, int(rng.integers(1, 6)), int(rng.choice([1, 2]))
    d, f = 2 * h * int(rng.integers(1, 3)), int(rng.integers(1, 9))
    x = 2 * rng.standard_normal((n, t, d))
    ln1 = (rng.standard_normal(d), rng.standard_normal(d))
    ln2 = (rng.standard_normal(d), rng.standard_normal(d))
    attn = tuple(rng.standard_normal((d, d)) for _ in range(4))
    mlp = (rng.standard_normal((d, f)), rng.standard_normal(f), rng.standard_normal((f, d)), rng.standard_normal(d))
    mask = np.tril(np.ones((t, t), dtype=bool))

    def layer_norm(z, gamma, beta):
        var = z.var(axis=-1, keepdims=True)
        # zscore divides by √var; the statement divides by √(var + 1e-5)
        return stats.zscore(z, axis=-1, ddof=0) * np.sqrt(var / (var + 1e-5)) * gamma + beta

    def gelu_tanh(u):
        return 0.5 * u * (1 + np.tanh(np.sqrt(2 / np.pi) * (u + 0.044715 * u ** 3)))

    hidden = x + _scipy_heads(layer_norm(x, *ln1), *attn, h, h, mask)
    expected = hidden + gelu_tanh(layer_norm(hidden, *ln2) @ mlp[0] + mlp[1]) @ mlp[2] + mlp[3]
    ours = block.transformer_block(x, ln1, attn, ln2, mlp, h, mask)
    np.testing.assert_allclose(ours, expected, rtol=1e-10, atol=1e-10)
    # the tanh GELU stays within 5e-4 of the exact one, x·Φ(x) (scipy.special.ndtr): the two are not interchangeable
    u = np.linspace(-6, 6, 1001)
    assert 1e-4 < np.max(np.abs(gelu_tanh(u) - u * special.ndtr(u))) < 5e-4
