"""eps added outside the square root: x / (sqrt(mean x²) + eps).

LLaMA and torch.nn.RMSNorm add eps to the mean of the squares, inside the root: x / sqrt(mean x² + eps).
"""
import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    rms = np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps
    return gamma * x / rms


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    inv_rms = 1.0 / (np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps)
    lead = tuple(range(x.ndim - 1))               # gamma is shared by every position
    dgamma = (dout * x * inv_rms).sum(axis=lead)
    dxhat = dout * gamma
    # rms depends on every x of the row: ∂rms/∂x_j = x_j / (D · rms)
    dx = dxhat * inv_rms - x * (dxhat * x).sum(axis=-1, keepdims=True) * inv_rms ** 3 / d
    return dx, dgamma
