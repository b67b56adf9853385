"""Explicit D×D Jacobian for each row: ∂(x_i/rms)/∂x_j = δ_ij/rms − x_i x_j/(D·rms³).
"""
import math

import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    out = np.zeros(x.shape)
    for index in np.ndindex(x.shape[:-1]):
        row = x[index]
        rms = math.sqrt(sum(float(v) ** 2 for v in row) / len(row) + eps)
        out[index] = gamma * row / rms
    return out


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    dx, dgamma = np.zeros(x.shape), np.zeros(d)
    for index in np.ndindex(x.shape[:-1]):
        row = x[index]
        rms = math.sqrt(float(np.dot(row, row)) / d + eps)
        jacobian = np.eye(d) / rms - np.outer(row, row) / (d * rms ** 3)
        dx[index] = jacobian.T @ (dout[index] * gamma)
        dgamma += dout[index] * row / rms
    return dx, dgamma
