"""Backward through the graph one stage at a time (dxhat, dvar, dmu), leading axes flattened to rows.
"""
import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    d = x.shape[-1]
    rows = x.reshape(-1, d)
    mu = np.sum(rows, axis=1, keepdims=True) / d
    var = np.sum((rows - mu) ** 2, axis=1, keepdims=True) / d
    out = (rows - mu) / np.sqrt(var + eps) * gamma + beta
    return out.reshape(x.shape)


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    rows, g = x.reshape(-1, d), dout.reshape(-1, d)
    mu = rows.mean(axis=1, keepdims=True)
    xc = rows - mu
    var = (xc ** 2).mean(axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    xhat = xc / std
    dgamma, dbeta = (g * xhat).sum(axis=0), g.sum(axis=0)
    dxhat = g * gamma
    dvar = np.sum(dxhat * xc, axis=1, keepdims=True) * -0.5 / std ** 3
    dmu = -np.sum(dxhat, axis=1, keepdims=True) / std - 2.0 * dvar * np.mean(xc, axis=1, keepdims=True)
    dx = dxhat / std + dvar * 2.0 * xc / d + dmu / d
    return dx.reshape(x.shape), dgamma, dbeta
