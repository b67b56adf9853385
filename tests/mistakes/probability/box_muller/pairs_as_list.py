"""Returns a list [z0, z1] from box_muller_pairs instead of the tuple (z0, z1).

The statement says a tuple (z0, z1): return z0, z1.
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-2 * np.log(1 - u1))
    theta = 2 * np.pi * u2
    return [r * np.cos(theta), r * np.sin(theta)]


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
