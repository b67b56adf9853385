"""Slopes as start · ratio^h with start = ratio = 2^(−8/n) (the paper's code), the bias and attention with plain loops.
"""
import math

import numpy as np


def _power_of_two_slopes(n):
    start = 2.0 ** (-(2.0 ** -(math.log2(n) - 3)))       # 2^(−8/n)
    return [start * start ** i for i in range(n)]


def alibi_slopes(n_heads):
    if n_heads < 1:
        raise ValueError("n_heads must be positive")
    if math.log2(n_heads).is_integer():
        return np.array(_power_of_two_slopes(n_heads))
    low = 2 ** math.floor(math.log2(n_heads))
    extra = _power_of_two_slopes(2 * low)[0::2][:n_heads - low]
    return np.array(_power_of_two_slopes(low) + extra)


def alibi_bias(n_heads, q_len, k_len):
    if n_heads < 1 or not 0 <= q_len <= k_len:
        raise ValueError("bad sizes")
    m = alibi_slopes(n_heads)
    bias = np.full((n_heads, q_len, k_len), -np.inf)
    for h in range(n_heads):
        for i in range(q_len):
            p = k_len - q_len + i
            for j in range(p + 1):
                bias[h, i, j] = -m[h] * (p - j) + 0.0
    return bias


def alibi_attention(q, k, v):
    q, k, v = np.array(q, dtype=float), np.array(k, dtype=float), np.array(v, dtype=float)
    if q.ndim != 3 or k.ndim != 3 or v.shape != k.shape:
        raise ValueError("q must be (H, Tq, D), k and v (H, Tk, D)")
    H, Tq, D = q.shape
    if k.shape[0] != H or k.shape[2] != D or Tq < 1 or Tq > k.shape[1]:
        raise ValueError("shapes do not match")
    Tk = k.shape[1]
    bias = alibi_bias(H, Tq, Tk)
    out = np.empty((H, Tq, D))
    for h in range(H):
        for i in range(Tq):
            s = k[h] @ q[h, i] / math.sqrt(D) + bias[h, i]
            w = np.exp(s - s.max())
            out[h, i] = w @ v[h] / w.sum()
    return out
