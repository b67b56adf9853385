"""Layer norm is batch norm on the transposed rows: flatten to (M, D), transpose, normalise the columns.
"""
import numpy as np


def _bn_columns(z, eps):
    mu = z.mean(axis=0)
    inv = 1.0 / np.sqrt(((z - mu) ** 2).mean(axis=0) + eps)
    return (z - mu) * inv, inv


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    d = x.shape[-1]
    xhat, _ = _bn_columns(x.reshape(-1, d).T, eps)          # (D, M): one column per example
    return (xhat.T * gamma + beta).reshape(x.shape)


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    xhat, inv = _bn_columns(x.reshape(-1, d).T, eps)
    g = (dout.reshape(-1, d) * gamma).T                     # (D, M)
    dx = inv * (g - g.mean(axis=0) - xhat * (g * xhat).mean(axis=0))
    dgamma = (dout.reshape(-1, d) * xhat.T).sum(axis=0)
    dbeta = dout.reshape(-1, d).sum(axis=0)
    return dx.T.reshape(x.shape), dgamma, dbeta
