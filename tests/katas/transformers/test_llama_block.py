"""Hidden tests for transformers/llama_block: llama_block(x, params, n_heads, n_kv_heads, positions, eps, base)."""
import numpy as np

from grader.testing import require


def _params(D, F, d_kv=None, **given):
    d_kv = D if d_kv is None else d_kv
    p = dict(attn_norm=np.ones(D), wq=np.zeros((D, D)), wk=np.zeros((D, d_kv)), wv=np.zeros((D, d_kv)),
             wo=np.zeros((D, D)), mlp_norm=np.ones(D), w_gate=np.zeros((D, F)), w_up=np.zeros((D, F)),
             w_down=np.zeros((F, D)))
    p.update(given)
    return p


def _random_params(rng, D, F, H, Hkv):
    d_kv = D // H * Hkv
    return dict(attn_norm=rng.uniform(0.5, 1.5, D), wq=rng.normal(size=(D, D)), wk=rng.normal(size=(D, d_kv)),
                wv=rng.normal(size=(D, d_kv)), wo=rng.normal(size=(D, D)) / 2, mlp_norm=rng.uniform(0.5, 1.5, D),
                w_gate=rng.normal(size=(D, F)), w_up=rng.normal(size=(D, F)), w_down=rng.normal(size=(F, D)) / 2)


def _rms(z):
    return z / np.sqrt(np.mean(z * z, axis=-1, keepdims=True))


def test_attention_path_by_hand(kata):
    """W_q = W_k = 0 (all scores 0), W_v = W_o = I, no MLP: token 1 adds the mean of both RMS-normed rows."""
    x = np.array([[[3.0, 4.0], [0.0, 5.0]]])
    p = _params(2, 2, wv=np.eye(2), wo=np.eye(2))
    z = _rms(x[0])
    expected = np.array([[x[0, 0] + z[0], x[0, 1] + (z[0] + z[1]) / 2]])
    kata.check("llama_block", x, p, 1, 1, np.arange(2), eps=0.0, expected=expected)


def test_mlp_path_by_hand(kata):
    """No attention (W_v = 0): out = x + (silu(z W_gate) ⊙ z W_up) W_down with z = RMSNorm(x) · mlp_norm, eps = 0.1."""
    x = np.array([[[0.7, 0.1]]])
    g = np.array([1.0, 2.0])
    p = _params(2, 1, mlp_norm=g, w_gate=np.array([[1.0], [0.0]]), w_up=np.array([[0.0], [1.0]]),
                w_down=np.array([[1.0, -1.0]]))
    z = x[0, 0] / np.sqrt(np.mean(x[0, 0] ** 2) + 0.1) * g         # eps inside the root
    a, b = z[0], z[1]
    y = a / (1.0 + np.exp(-a)) * b
    kata.check("llama_block", x, p, 1, 1, np.array([0]), eps=0.1,
               expected=np.array([[[0.7 + y, 0.1 - y]]]))


def test_rope_by_hand(kata):
    """hd = 2, W_q = W_k = W_v = W_o = I: token 1's query is rotated by angle 1 (θ_0 = 1), token 0's key by 0."""
    x = np.array([[[0.7, 0.1], [0.2, 0.9]]])
    p = _params(2, 1, wq=np.eye(2), wk=np.eye(2), wv=np.eye(2), wo=np.eye(2))
    z = _rms(x[0])
    c, s = np.cos(1.0), np.sin(1.0)
    q1 = np.array([c * z[1, 0] - s * z[1, 1], s * z[1, 0] + c * z[1, 1]])
    scores = np.array([q1 @ z[0], z[1] @ z[1]]) / np.sqrt(2.0)      # rotation keeps q1 · k1 = |z1|²
    w = np.exp(scores - scores.max())
    w /= w.sum()
    expected = np.array([[x[0, 0] + z[0], x[0, 1] + w[0] * z[0] + w[1] * z[1]]])
    kata.check("llama_block", x, p, 1, 1, np.array([0, 1]), eps=0.0, expected=expected)


def test_single_token(kata, rng):
    """T = 1: the token attends to itself only, whatever the scores and its position."""
    p = _random_params(rng, 4, 3, 2, 1)
    x = rng.normal(size=(2, 1, 4))
    kata.check("llama_block", x, p, 2, 1, np.array([7]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random weights: MHA (H = H_kv), GQA (4 heads, 2 K/V heads), MQA, head width 4 (two RoPE frequencies), offsets."""
    for N, T, D, F, H, Hkv, start in ((1, 3, 4, 5, 2, 2, 0), (2, 5, 8, 6, 4, 2, 0), (2, 4, 8, 8, 4, 1, 11),
                                      (1, 4, 8, 5, 2, 1, 3)):
        p = _random_params(rng, D, F, H, Hkv)
        x = rng.normal(size=(N, T, D))
        kata.check("llama_block", x, p, H, Hkv, np.arange(start, start + T))
    p = _random_params(rng, 4, 4, 2, 2)
    kata.check("llama_block", rng.normal(size=(1, 3, 4)), p, 2, 2, np.arange(3), eps=1e-5, base=500.0)


def test_large_scores_per_row_maximum(kata, rng):
    """W_q, W_k scaled by 40: scores in the thousands, very different per row: subtract EACH row's maximum."""
    p = _random_params(rng, 4, 3, 2, 2)
    p["wq"], p["wk"] = 40.0 * p["wq"], 40.0 * p["wk"]
    kata.check("llama_block", rng.normal(size=(2, 5, 4)), p, 2, 2, np.arange(5))


def test_rope_depends_on_relative_positions(kata, rng):
    """Shifting every position by 5 changes nothing (scores depend on i − j only); spreading them out does."""
    p = _random_params(rng, 4, 3, 2, 2)
    x = rng.normal(size=(1, 4, 4))
    a = kata.call("llama_block", x, p, 2, 2, np.arange(4)).value
    b = kata.call("llama_block", x, p, 2, 2, np.arange(5, 9)).value
    c = kata.call("llama_block", x, p, 2, 2, np.arange(0, 8, 2)).value
    require(np.allclose(a, b, rtol=1e-9, atol=1e-10), "shifting all positions by 5 changed the output: RoPE must be relative")
    require(not np.allclose(a, c, rtol=1e-6, atol=1e-8), "positions 0, 2, 4, 6 gave the same output as 0, 1, 2, 3: RoPE seems unused")


def test_kv_groups_are_consecutive(kata, rng):
    """GQA with 2 K/V heads equals MHA whose 4 K/V heads are K/V heads 0, 0, 1, 1 (query head h uses h // 2)."""
    D, H, hd = 8, 4, 2
    p = _random_params(rng, D, 4, H, 2)
    x = rng.normal(size=(1, 3, D))
    gqa = kata.call("llama_block", x, p, H, 2, np.arange(3)).value
    order = [0, 0, 1, 1]
    full = dict(p, wk=np.concatenate([p["wk"][:, g * hd:(g + 1) * hd] for g in order], axis=1),
                wv=np.concatenate([p["wv"][:, g * hd:(g + 1) * hd] for g in order], axis=1))
    mha = kata.call("llama_block", x, full, H, H, np.arange(3)).value
    require(np.allclose(gqa, mha, rtol=1e-9, atol=1e-10),
            "GQA differs from MHA with K/V heads repeated as 0, 0, 1, 1: query head h must use K/V head h // (H / H_kv)")


def test_causal(kata, rng):
    """Changing the last token leaves the outputs of the earlier tokens unchanged."""
    p = _random_params(rng, 4, 3, 2, 1)
    x = rng.normal(size=(1, 4, 4))
    y = x.copy()
    y[0, 3] += 5.0
    a = kata.call("llama_block", x, p, 2, 1, np.arange(4)).value
    b = kata.call("llama_block", y, p, 2, 1, np.arange(4)).value
    require(np.allclose(a[0, :3], b[0, :3], rtol=1e-12, atol=1e-12), "a later token changed an earlier token's output: mask j > i")


def test_large_inputs_are_normalised(kata, rng):
    """x scaled by 1000 (eps = 0, MLP off): RMSNorm removes the scale, so the attention adds the same, finite."""
    p = _random_params(rng, 4, 3, 2, 2)
    p["w_down"] = np.zeros((3, 4))
    x = rng.normal(size=(1, 3, 4))
    small = kata.call("llama_block", x, p, 2, 2, np.arange(3), eps=0.0).value - x
    large = kata.call("llama_block", 1000.0 * x, p, 2, 2, np.arange(3), eps=0.0).value - 1000.0 * x
    require(np.all(np.isfinite(large)) and np.allclose(small, large, rtol=1e-6, atol=1e-6),
            "scaling x by 1000 changed what the attention adds: it must read RMS-normalised inputs")


def test_mask_is_by_index_not_position(kata):
    """Repeated positions [0, 0] or out-of-order [2, 0, 1]: token t still sees tokens 0 … t by index (scores all 0)."""
    x = np.array([[[3.0, 4.0], [0.0, 5.0]]])
    p = _params(2, 2, wv=np.eye(2), wo=np.eye(2))
    z = _rms(x[0])                                                  # [0.848528, 1.131371], [0, 1.414214]
    expected = np.array([[x[0, 0] + z[0], x[0, 1] + (z[0] + z[1]) / 2]])   # [3.848528, 5.131371], [0.424264, 6.272792]
    kata.check("llama_block", x, p, 1, 1, np.array([0, 0]), eps=0.0, expected=expected)
    x3 = np.array([[[3.0, 4.0], [0.0, 5.0], [5.0, 0.0]]])
    z3 = _rms(x3[0])
    expected3 = np.array([[x3[0, t] + z3[:t + 1].mean(axis=0) for t in range(3)]])
    kata.check("llama_block", x3, p, 1, 1, np.array([2, 0, 1]), eps=0.0, expected=expected3)


def test_out_of_order_positions_on_random_inputs(kata, rng):
    """Random weights, positions [3, 1, 4, 1]: RoPE uses each token's position, the mask its index."""
    p = _random_params(rng, 4, 3, 2, 1)
    x = rng.normal(size=(2, 4, 4))
    kata.check("llama_block", x, p, 2, 1, np.array([3, 1, 4, 1]))
