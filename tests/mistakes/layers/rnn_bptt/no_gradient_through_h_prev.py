"""BPTT without the gradient flowing back through h_{t−1}: each step sees only its own dhs_t.

h_t feeds step t + 1, so the gradient reaching h_t is dhs_t + da_{t+1} Whᵀ: carry it backwards.
"""
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    n, t_steps, _ = x.shape
    hs = np.empty((n, t_steps, Wh.shape[0]))
    h = h0
    for t in range(t_steps):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs


def rnn_backward(dhs, x, h0, Wx, Wh, b):
    hs = rnn_forward(x, h0, Wx, Wh, b)
    t_steps = x.shape[1]
    dx = np.empty(x.shape)
    dWx, dWh, db = np.zeros(Wx.shape), np.zeros(Wh.shape), np.zeros(b.shape)
    dh_next = np.zeros(h0.shape)          # what flows back into h_t from step t + 1
    for t in reversed(range(t_steps)):
        h = hs[:, t]
        h_prev = hs[:, t - 1] if t > 0 else h0
        da = dhs[:, t] * (1.0 - h * h)
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T               # the gradient reaching h_{t-1}
    return dx, dh_next, dWx, dWh, db
