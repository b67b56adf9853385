"""Distance matrix with np.subtract.outer and np.triu for the mask; attention adds BLOOM's m·j (equal after softmax).
"""
import numpy as np


def alibi_slopes(n_heads):
    if n_heads < 1:
        raise ValueError("n_heads must be >= 1")
    n = 1
    while 2 * n <= n_heads:
        n *= 2
    ratio = 2.0 ** (-8.0 / n)
    slopes = ratio ** np.arange(1, n + 1)
    if n == n_heads:
        return slopes
    ratio2 = 2.0 ** (-8.0 / (2 * n))
    more = ratio2 ** np.arange(1, 2 * n + 1, 2)[:n_heads - n]    # h = 1, 3, 5, … of 2n heads
    return np.concatenate([slopes, more])


def alibi_bias(n_heads, q_len, k_len):
    if n_heads < 1 or q_len < 0 or k_len < 0 or q_len > k_len:
        raise ValueError("need 0 <= q_len <= k_len and n_heads >= 1")
    positions = np.arange(k_len - q_len, k_len)
    distance = np.subtract.outer(positions, np.arange(k_len)).astype(float)   # p_i − j
    future = np.triu(np.ones((q_len, k_len), dtype=bool), k=k_len - q_len + 1)
    bias = np.einsum("h,ij->hij", -alibi_slopes(n_heads), distance) + 0.0
    bias[:, future] = -np.inf
    return bias


def alibi_attention(q, k, v):
    q, k, v = (np.asarray(x, dtype=np.float64) for x in (q, k, v))
    if not (q.ndim == k.ndim == v.ndim == 3) or k.shape != v.shape or q.shape[0] != k.shape[0] \
            or q.shape[2] != k.shape[2] or q.shape[1] < 1 or q.shape[1] > k.shape[1]:
        raise ValueError("shapes")
    H, Tq, D = q.shape
    Tk = k.shape[1]
    m = alibi_slopes(H)
    scores = np.einsum("hid,hjd->hij", q, k) / np.sqrt(D) + m[:, None, None] * np.arange(Tk)[None, None, :]
    future = np.triu(np.ones((Tq, Tk), dtype=bool), k=Tk - Tq + 1)
    scores[:, future] = -np.inf
    scores -= scores.max(axis=2, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=2, keepdims=True) @ v
