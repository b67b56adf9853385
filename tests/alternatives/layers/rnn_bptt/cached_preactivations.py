"""Keep the pre-activations in lists; tanh′ as 1/cosh²(a); the gradients added up in lists and summed at the end.
"""
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    states, h = [], h0
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t, :].dot(Wx) + h.dot(Wh) + b)
        states.append(h)
    return np.stack(states, axis=1)


def rnn_backward(dhs, x, h0, Wx, Wh, b):
    T = x.shape[1]
    pre, prev, h = [], [], h0
    for t in range(T):
        prev.append(h)
        a = x[:, t, :].dot(Wx) + h.dot(Wh) + b
        pre.append(a)
        h = np.tanh(a)
    dxs, dWxs, dWhs, dbs = [None] * T, [], [], []
    carry = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        da = (dhs[:, t, :] + carry) / np.cosh(pre[t]) ** 2
        dxs[t] = da.dot(Wx.T)
        dWxs.append(x[:, t, :].T.dot(da))
        dWhs.append(prev[t].T.dot(da))
        dbs.append(da.sum(0))
        carry = da.dot(Wh.T)
    return np.stack(dxs, axis=1), carry, sum(dWxs), sum(dWhs), sum(dbs)
