"""LLaMA's x · rsqrt(mean(x²) + eps), leading axes flattened; the backward via the product rule on y = x · s(x).
"""
import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    rows = x.reshape(-1, x.shape[-1])
    s = (np.einsum("nd,nd->n", rows, rows) / rows.shape[1] + eps) ** -0.5
    return (rows * s[:, None] * gamma).reshape(x.shape)


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    rows, g = x.reshape(-1, d), dout.reshape(-1, d)
    s = (np.einsum("nd,nd->n", rows, rows) / d + eps) ** -0.5       # 1/rms per row
    dgamma = np.einsum("nd,nd,n->d", g, rows, s)
    gy = g * gamma                                                     # ∂L/∂(x·s)
    ds = np.einsum("nd,nd->n", gy, rows)                               # ∂L/∂s
    # s = (m + eps)^(-1/2), m = Σx²/D: ∂s/∂x_j = −s³ x_j / D
    dx = gy * s[:, None] - (ds * s ** 3)[:, None] * rows / d
    return dx.reshape(x.shape), dgamma
