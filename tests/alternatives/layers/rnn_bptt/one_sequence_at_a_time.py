"""One sequence at a time (vectors, not batches), einsum for the outer products; gradients summed over the batch.
"""
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, _ = x.shape
    hs = np.zeros((N, T, Wh.shape[1]))
    for n in range(N):
        h = h0[n]
        for t in range(T):
            h = np.tanh(Wx.T @ x[n, t] + Wh.T @ h + b)
            hs[n, t] = h
    return hs


def rnn_backward(dhs, x, h0, Wx, Wh, b):
    N, T, _ = x.shape
    hs = rnn_forward(x, h0, Wx, Wh, b)
    dx, dh0 = np.zeros(x.shape), np.zeros(h0.shape)
    dWx, dWh, db = np.zeros_like(Wx, dtype=float), np.zeros_like(Wh, dtype=float), np.zeros_like(b, dtype=float)
    for n in range(N):
        g = np.zeros(Wh.shape[0])
        for t in range(T - 1, -1, -1):
            h_prev = hs[n, t - 1] if t else h0[n]
            da = (dhs[n, t] + g) * (1 - hs[n, t] ** 2)
            dx[n, t] = Wx @ da
            dWx += np.einsum("d,h->dh", x[n, t], da)
            dWh += np.einsum("i,h->ih", h_prev, da)
            db += da
            g = Wh @ da
        dh0[n] = g
    return dx, dh0, dWx, dWh, db
