"""σ(a) = (1 + tanh(a/2)) / 2 (never overflows); the backward written with einsum."""
import numpy as np


def _sigmoid(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def swiglu_forward(x, w_gate, w_up, w_down):
    a, b = x @ w_gate, x @ w_up
    return np.einsum("nf,fd->nd", a * _sigmoid(a) * b, w_down)


def swiglu_backward(x, w_gate, w_up, w_down, d_out):
    a, b = x @ w_gate, x @ w_up
    s = _sigmoid(a)
    silu = a * s
    dh = np.einsum("nd,fd->nf", d_out, w_down)
    da = dh * b * (s + silu * (1.0 - s))
    db = dh * silu
    return (np.einsum("nf,df->nd", da, w_gate) + np.einsum("nf,df->nd", db, w_up),
            np.einsum("nd,nf->df", x, da), np.einsum("nd,nf->df", x, db),
            np.einsum("nf,nd->fd", silu * b, d_out))
