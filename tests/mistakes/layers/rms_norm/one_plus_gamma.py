"""The scale is (1 + gamma), Gemma's variant.

Here (as in LLaMA and torch.nn.RMSNorm) the learned weight multiplies directly: out = gamma ⊙ x / rms.
"""
import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    rms = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return (1 + gamma) * x / rms


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    inv_rms = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    lead = tuple(range(x.ndim - 1))               # gamma is shared by every position
    dgamma = (dout * x * inv_rms).sum(axis=lead)
    dxhat = dout * (1 + gamma)
    # rms depends on every x of the row: ∂rms/∂x_j = x_j / (D · rms)
    dx = dxhat * inv_rms - x * (dxhat * x).sum(axis=-1, keepdims=True) * inv_rms ** 3 / d
    return dx, dgamma
