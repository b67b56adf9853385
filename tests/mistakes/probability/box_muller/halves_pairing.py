"""Pairs the first half of the uniforms with the second half (u[:m] with u[m:], or two separate draws) instead of neighbours.

The statement pins the pairing: pair j uses u[2j] and u[2j + 1], i.e. u[0::2] with u[1::2],
from one rng.random(2 * m) call.
"""
import numpy as np


def box_muller_pairs(u1, u2):
    u1, u2 = np.asarray(u1, dtype=float), np.asarray(u2, dtype=float)
    r = np.sqrt(-2 * np.log(1 - u1))
    theta = 2 * np.pi * u2
    return r * np.cos(theta), r * np.sin(theta)


def box_muller(n, *, seed):
    m = (n + 1) // 2
    u = np.random.default_rng(seed).random(2 * m)
    z0, z1 = box_muller_pairs(u[:m], u[m:])
    z = np.empty(2 * m)
    z[0::2], z[1::2] = z0, z1
    return z[:n]
