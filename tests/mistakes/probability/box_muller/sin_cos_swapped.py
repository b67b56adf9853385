"""Swaps sin and cos: z0 = r·sin θ and z1 = r·cos θ.

Both are normal, but the statement pins z0 = r·cos θ (first) and z1 = r·sin θ (second), so the
samples come out in the wrong order.
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-2 * np.log(1 - u1))
    theta = 2 * np.pi * u2
    return r * np.sin(theta), r * np.cos(theta)


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
