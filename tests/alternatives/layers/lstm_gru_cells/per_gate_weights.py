"""Split the stacked weights into per-gate matrices first (np.split), then one formula per gate.
"""
import numpy as np


def _sigma(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))          # the same function, overflow-free


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    Wi, Wf, Wg, Wo = np.split(W_ih, 4)
    Ui, Uf, Ug, Uo = np.split(W_hh, 4)
    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)
    i = _sigma(x @ Wi.T + h @ Ui.T + bi)
    f = _sigma(x @ Wf.T + h @ Uf.T + bf)
    g = np.tanh(x @ Wg.T + h @ Ug.T + bg)
    o = _sigma(x @ Wo.T + h @ Uo.T + bo)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    Wr, Wz, Wn = np.split(W_ih, 3)
    Ur, Uz, Un = np.split(W_hh, 3)
    br, bz, bn = np.split(b_ih, 3)
    cr, cz, cn = np.split(b_hh, 3)
    r = _sigma(x @ Wr.T + br + h @ Ur.T + cr)
    z = _sigma(x @ Wz.T + bz + h @ Uz.T + cz)
    n = np.tanh(x @ Wn.T + bn + r * (h @ Un.T + cn))
    return n + z * (h - n)
