"""Concatenate [x, h] and [W_ih, W_hh] into one matrix product (the GRU's n block kept apart for the reset).
"""
import math

import numpy as np


def _sigma(a):
    return np.vectorize(lambda v: 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v)))(a).astype(np.float64)


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    z = np.concatenate([x, h], axis=1) @ np.concatenate([W_ih, W_hh], axis=1).T + (b_ih + b_hh)
    i, f, g, o = (z[:, k * H:(k + 1) * H] for k in range(4))
    c_new = _sigma(f) * c + _sigma(i) * np.tanh(g)
    return _sigma(o) * np.tanh(c_new), c_new


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    rz = np.concatenate([x, h], axis=1) @ np.concatenate([W_ih[:2 * H], W_hh[:2 * H]], axis=1).T + b_ih[:2 * H] + b_hh[:2 * H]
    r, z = _sigma(rz[:, :H]), _sigma(rz[:, H:])
    n = np.tanh(x @ W_ih[2 * H:].T + b_ih[2 * H:] + r * (h @ W_hh[2 * H:].T + b_hh[2 * H:]))
    return (1 - z) * n + z * h
