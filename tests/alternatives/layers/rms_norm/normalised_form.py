"""Backward written with the normalised xhat = x / rms: dx = (dxhat − xhat · mean(dxhat ⊙ xhat)) / rms.
"""
import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    return x / np.sqrt((x ** 2).mean(-1, keepdims=True) + eps) * gamma


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    rms = np.sqrt((x ** 2).mean(-1, keepdims=True) + eps)
    xhat = x / rms
    g = dout * gamma
    dx = (g - xhat * (g * xhat).mean(-1, keepdims=True)) / rms
    dgamma = (dout * xhat).reshape(-1, x.shape[-1]).sum(0)
    return dx, dgamma
