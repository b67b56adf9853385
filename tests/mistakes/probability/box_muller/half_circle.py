"""Uses θ = π·u2 instead of 2π·u2: the angle covers only half the circle, so z1 = r·sin θ is never negative.

The angle of a 2-D standard normal is uniform on the whole circle [0, 2π).
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-2 * np.log(1 - u1))
    theta = 2 * np.pi * u2
    return r * np.cos(theta / 2), r * np.sin(theta / 2)


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
