"""One token at a time, accumulating outer products; σ by branching on the sign."""
import math

import numpy as np


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def swiglu_forward(x, w_gate, w_up, w_down):
    out = np.zeros((x.shape[0], w_down.shape[1]))
    for n in range(x.shape[0]):
        a = x[n] @ w_gate
        b = x[n] @ w_up
        gate = np.array([ai * _sigmoid(ai) for ai in a])
        out[n] = (gate * b) @ w_down
    return out


def swiglu_backward(x, w_gate, w_up, w_down, d_out):
    dx = np.zeros(x.shape)
    dwg, dwu, dwd = np.zeros(w_gate.shape), np.zeros(w_up.shape), np.zeros(w_down.shape)
    for n in range(x.shape[0]):
        a = x[n] @ w_gate
        b = x[n] @ w_up
        s = np.array([_sigmoid(ai) for ai in a])
        gate = a * s
        dwd += np.outer(gate * b, d_out[n])
        dh = w_down @ d_out[n]
        da = dh * b * (s * (1.0 + a * (1.0 - s)))
        db = dh * gate
        dwg += np.outer(x[n], da)
        dwu += np.outer(x[n], db)
        dx[n] = w_gate @ da + w_up @ db
    return dx, dwg, dwu, dwd
