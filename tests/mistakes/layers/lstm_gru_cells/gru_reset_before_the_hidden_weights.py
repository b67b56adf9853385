"""GRU candidate with the reset gate applied to h before W_hn (b_hn outside the reset).

That is the original GRU paper's and Keras's reset_after=False variant. PyTorch computes
n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)): r multiplies the hidden term including its bias.
"""
import numpy as np


def _sigmoid(a):
    # e^(−|a|) never overflows; both branches give 1 / (1 + e^(−a))
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    hidden = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh                    # (N, 4H), blocks i, f, g, o
    i = _sigmoid(a[:, :hidden])
    f = _sigmoid(a[:, hidden:2 * hidden])
    g = np.tanh(a[:, 2 * hidden:3 * hidden])
    o = _sigmoid(a[:, 3 * hidden:])
    c_new = f * c + i * g                                        # forget some memory, write some new
    h_new = o * np.tanh(c_new)
    return h_new, c_new


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    hidden = h.shape[1]
    gi = x @ W_ih.T + b_ih                                       # (N, 3H), blocks r, z, n
    gh = h @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :hidden] + gh[:, :hidden])
    z = _sigmoid(gi[:, hidden:2 * hidden] + gh[:, hidden:2 * hidden])
    n = np.tanh(gi[:, 2 * hidden:] + (r * h) @ W_hh[2 * hidden:].T + b_hh[2 * hidden:])     # r gates h W_hnᵀ + b_hn together
    return (1.0 - z) * n + z * h
