"""dh0 returned as da_1, forgetting the last multiplication by Whᵀ.

h0 enters step 1 through h0 Wh: dh0 = da_1 Whᵀ, like every other hidden state.
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
        da = (dhs[:, t] + dh_next) * (1.0 - h * h)
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T               # the gradient reaching h_{t-1}
    return dx, da, dWx, dWh, db
