"""Explicit D×D Jacobian of xhat for each row: dxhat_i/dx_j = (δ_ij − 1/D − xhat_i xhat_j / D) / std.
"""
import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    out = np.empty_like(x, dtype=np.float64)
    for index in np.ndindex(x.shape[:-1]):
        row = x[index]
        centred = row - row.mean()
        out[index] = gamma * centred / np.sqrt(np.mean(centred * centred) + eps) + beta
    return out


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    dx = np.zeros(x.shape)
    dgamma, dbeta = np.zeros(d), np.zeros(d)
    for index in np.ndindex(x.shape[:-1]):
        row = x[index]
        centred = row - row.mean()
        std = np.sqrt(np.mean(centred * centred) + eps)
        xhat = centred / std
        jacobian = (np.eye(d) - 1.0 / d - np.outer(xhat, xhat) / d) / std
        dx[index] = jacobian.T @ (dout[index] * gamma)
        dgamma += dout[index] * xhat
        dbeta += dout[index]
    return dx, dgamma, dbeta
