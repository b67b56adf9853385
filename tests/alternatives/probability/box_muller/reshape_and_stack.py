"""Reshape the uniforms to (m, 2) and stack the results column-wise, then flatten."""
import numpy as np


def box_muller_pairs(u1, u2):
    r = np.sqrt(-2.0 * np.log1p(-np.asarray(u1, dtype=float)))
    theta = 2.0 * np.pi * np.asarray(u2, dtype=float)
    return r * np.cos(theta), r * np.sin(theta)


def box_muller(n, *, seed):
    m = -(-n // 2)
    u = np.random.default_rng(seed).random(2 * m).reshape(m, 2)
    z0, z1 = box_muller_pairs(u[:, 0], u[:, 1])
    return np.stack([z0, z1], axis=1).reshape(-1)[:n].copy()
