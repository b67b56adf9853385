"""Frequencies tiled instead of repeated: feature j uses θ_(j mod D/2) instead of θ_(j // 2).

With interleaved pairs both features of pair i need θ_i: expand the (T, D/2) angles with
np.repeat(angles, 2, axis=-1) (θ0, θ0, θ1, θ1, …), not np.tile / concatenate (θ0, θ1, …, θ0, θ1, …),
which is the layout of the rotate-half convention.
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    theta = base ** (-2 * np.arange(D // 2) / D)
    a = np.asarray(positions, dtype=float)[:, None] * np.concatenate([theta, theta])
    rotated_half = np.empty(x.shape)
    rotated_half[..., 0::2] = -x[..., 1::2]
    rotated_half[..., 1::2] = x[..., 0::2]
    return x * np.cos(a) + rotated_half * np.sin(a)
