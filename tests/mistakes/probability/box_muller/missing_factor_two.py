"""Forgets the factor 2 in the radius: r = sqrt(−ln(1 − u1)) gives normals with variance 1/2.

R² = z0² + z1² is chi-square with 2 degrees of freedom, i.e. exponential with mean 2:
R² = −2·ln(1 − u1).
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-np.log(1 - u1))
    theta = 2 * np.pi * u2
    return r * np.cos(theta), r * np.sin(theta)


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
