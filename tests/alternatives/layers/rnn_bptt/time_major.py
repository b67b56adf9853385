"""Time-major arrays (T, N, ·) throughout, the input projection of all steps in one einsum, dWx in one einsum at the end.
"""
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    xt = np.swapaxes(x, 0, 1)                       # (T, N, D)
    proj = np.einsum("tnd,dh->tnh", xt, Wx) + b
    out = np.zeros(proj.shape)
    prev = h0
    for t in range(len(proj)):
        prev = out[t] = np.tanh(proj[t] + prev @ Wh)
    return np.ascontiguousarray(np.swapaxes(out, 0, 1))


def rnn_backward(dhs, x, h0, Wx, Wh, b):
    xt = np.swapaxes(x, 0, 1)
    H = np.swapaxes(rnn_forward(x, h0, Wx, Wh, b), 0, 1)           # (T, N, H)
    G = np.swapaxes(dhs, 0, 1)
    prevs = np.concatenate([h0[None], H[:-1]], axis=0)              # h_{t-1} for every t
    DA = np.zeros(H.shape)
    carry = np.zeros(h0.shape)
    for t in range(len(H) - 1, -1, -1):
        DA[t] = (G[t] + carry) * (1 - H[t] ** 2)
        carry = DA[t] @ Wh.T
    dx = np.einsum("tnh,dh->ntd", DA, Wx)
    dWx = np.einsum("tnd,tnh->dh", xt, DA)
    dWh = np.einsum("tni,tnh->ih", prevs, DA)
    return dx, carry, dWx, dWh, DA.sum(axis=(0, 1))
