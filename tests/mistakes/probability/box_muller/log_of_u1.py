"""Uses ln(u1) instead of ln(1 − u1): u1 = 0 (which rng.random() can return) gives an infinite radius.

rng.random() draws from [0, 1): 0 is possible, 1 is not. So use 1 − u1 in (0, 1], as the
statement pins; ln(u1) also gives different numbers from the pinned transform.
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-2 * np.log(u1))
    theta = 2 * np.pi * u2
    return r * np.cos(theta), r * np.sin(theta)


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
