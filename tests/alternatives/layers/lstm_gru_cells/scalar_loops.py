"""Every unit of every example computed with Python floats and the math module, then packed into arrays.
"""
import math

import numpy as np


def _sig(v):
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


def _pre(row, W, b):
    return [float(b[k] + sum(W[k, j] * row[j] for j in range(len(row)))) for k in range(W.shape[0])]


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    N, H = h.shape
    hs, cs = [], []
    for n in range(N):
        a = [p + q for p, q in zip(_pre(x[n], W_ih, b_ih), _pre(h[n], W_hh, b_hh))]
        h_row, c_row = [], []
        for k in range(H):
            i, f, g, o = _sig(a[k]), _sig(a[H + k]), math.tanh(a[2 * H + k]), _sig(a[3 * H + k])
            cell = f * c[n, k] + i * g
            c_row.append(cell)
            h_row.append(o * math.tanh(cell))
        hs.append(h_row)
        cs.append(c_row)
    return np.array(hs, dtype=np.float64), np.array(cs, dtype=np.float64)


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    N, H = h.shape
    out = []
    for n in range(N):
        gi, gh = _pre(x[n], W_ih, b_ih), _pre(h[n], W_hh, b_hh)
        row = []
        for k in range(H):
            r = _sig(gi[k] + gh[k])
            z = _sig(gi[H + k] + gh[H + k])
            cand = math.tanh(gi[2 * H + k] + r * gh[2 * H + k])
            row.append((1 - z) * cand + z * h[n, k])
        out.append(row)
    return np.array(out, dtype=np.float64)
