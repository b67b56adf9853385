"""Each pair as a complex number x_2i + i·x_2i+1, multiplied by e^{i·p·θ_i} (Meta's LLaMA code does this)."""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    z = x[..., 0::2] + 1j * x[..., 1::2]
    theta = 1.0 / base ** (np.arange(0, D, 2) / D)
    z = z * np.exp(1j * np.outer(np.asarray(positions, dtype=float), theta))
    return np.stack([z.real, z.imag], axis=-1).reshape(x.shape)
