"""A float mask with the scale folded in (keep / (1 − p)), built once and multiplied in; mask 0 when p = 1."""
import numpy as np


def _scaled_mask(shape, p, seed):
    u = np.random.default_rng(seed).random(shape)
    if p >= 1.0:
        return np.zeros(shape)
    return (u >= p).astype(np.float64) / (1.0 - p)


def dropout(x, *, p, training, seed):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"p = {p} outside [0, 1]")
    if training:
        return x * _scaled_mask(x.shape, p, seed)
    return np.copy(x)


def dropout_backward(dout, *, p, training, seed):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"p = {p} outside [0, 1]")
    if training:
        return dout * _scaled_mask(dout.shape, p, seed)
    return np.copy(dout)
