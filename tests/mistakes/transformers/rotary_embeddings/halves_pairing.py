"""Pairs (i, i + D/2) as GPT-NeoX / Hugging Face LLaMA ("rotate_half") instead of neighbours (2i, 2i + 1).

Both are valid RoPE conventions, but the statement pins RoFormer's interleaved pairing:
feature 2i rotates with feature 2i + 1, using x[..., 0::2] and x[..., 1::2].
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    h = D // 2
    theta = base ** (-2 * np.arange(h) / D)
    a = np.asarray(positions, dtype=float)[:, None] * theta
    first, second = x[..., :h], x[..., h:]
    return np.concatenate([first * np.cos(a) - second * np.sin(a), first * np.sin(a) + second * np.cos(a)], axis=-1)
