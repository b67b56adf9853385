"""Entry by entry over the flattened array, with an explicit scale and a reshape at the end."""
import numpy as np


def _masked(values, p, training, seed):
    if p < 0.0 or p > 1.0:
        raise ValueError("p out of range")
    flat = np.asarray(values, dtype=np.float64).ravel()
    if not training:
        return flat.copy().reshape(values.shape)
    u = np.random.default_rng(seed).random(values.shape).ravel()
    scale = 0.0 if p == 1.0 else 1.0 / (1.0 - p)
    out = np.zeros(flat.size)
    for i in range(flat.size):
        if u[i] >= p:
            out[i] = flat[i] * scale
    return out.reshape(values.shape)


def dropout(x, *, p, training, seed):
    return _masked(x, p, training, seed)


def dropout_backward(dout, *, p, training, seed):
    return _masked(dout, p, training, seed)
