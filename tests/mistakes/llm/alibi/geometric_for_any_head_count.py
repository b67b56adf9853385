"""Uses 2^(−8h/H) for every H, powers of two or not.

The formula is the paper's for H a power of two only. For other H, the paper's code (and
BLOOM) takes the slopes of the largest power of two n below H, then every other slope of 2n
heads: H = 6 gives 1/4, 1/16, 1/64, 1/256, 1/2, 1/8, not 2^(−8/6), 2^(−16/6), …
"""
import numpy as np


def alibi_slopes(n_heads):
    if n_heads < 1:
        raise ValueError(f"n_heads must be >= 1, got {n_heads}")

    def power_of_two(n):
        return [2.0 ** (-8.0 * h / n) for h in range(1, n + 1)]

    return np.array(power_of_two(n_heads), dtype=np.float64)


def alibi_bias(n_heads, q_len, k_len):
    if n_heads < 1 or q_len < 0 or k_len < 0 or q_len > k_len:
        raise ValueError("need n_heads >= 1 and 0 <= q_len <= k_len")
    slopes = alibi_slopes(n_heads)
    position = k_len - q_len + np.arange(q_len)[:, None]     # absolute position of query i
    offset = np.arange(k_len)[None, :] - position            # j − p_i: ≤ 0 for the past, > 0 for the future
    bias = slopes[:, None, None] * offset[None, :, :]        # −m_h · (p_i − j), +0.0 on the diagonal
    return np.where(offset[None] <= 0, bias, -np.inf)


def alibi_attention(q, k, v):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    if q.ndim != 3 or k.ndim != 3 or k.shape != v.shape or q.shape[0] != k.shape[0] \
            or q.shape[2] != k.shape[2] or not 1 <= q.shape[1] <= k.shape[1]:
        raise ValueError("q must be (H, Tq, D) and k, v (H, Tk, D) with 1 <= Tq <= Tk")
    H, Tq, D = q.shape
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(D) + alibi_bias(H, Tq, k.shape[1])
    scores = scores - scores.max(axis=-1, keepdims=True)    # each row sees its own key: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
