"""An explicit 2×2 rotation matrix per position and pair, applied with einsum."""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2 != 0:
        raise ValueError("odd width")
    T = x.shape[-2]
    pairs = x.reshape(x.shape[:-1] + (D // 2, 2))                   # (..., T, D/2, 2)
    R = np.empty((T, D // 2, 2, 2))
    for t, p in enumerate(positions):
        for i in range(D // 2):
            a = p * base ** (-2.0 * i / D)
            R[t, i] = [[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]]
    return np.einsum("tiab,...tib->...tia", R, pairs).reshape(x.shape)
