"""cos and sin repeated to full width, and a "rotate every two" helper: x·cos + rot(x)·sin."""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    inv_freq = np.exp(-np.log(base) * np.arange(0, D, 2) / D)
    angles = np.repeat(np.outer(np.asarray(positions, dtype=float), inv_freq), 2, axis=-1)   # (T, D)
    rot = np.stack([-x[..., 1::2], x[..., 0::2]], axis=-1).reshape(x.shape)  # (−x1, x0, −x3, x2, …)
    return x * np.cos(angles) + rot * np.sin(angles)
