"""dgamma and dbeta summed over axis 0 only.

Right for (N, D) inputs, wrong for (N, T, D): gamma is shared by every leading position, so sum over all axes but the last.
"""
import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)          # biased: divides by D
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) * inv_std
    lead = 0              # gamma and beta are shared by every position
    dgamma = (dout * xhat).sum(axis=lead)
    dbeta = dout.sum(axis=lead)
    dxhat = dout * gamma                         # gamma varies along D, so it goes inside the sums
    dx = inv_std / d * (d * dxhat - dxhat.sum(axis=-1, keepdims=True)
                        - xhat * (dxhat * xhat).sum(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
