"""One pair at a time with math, scalar draws rng.random() (the same stream as one rng.random(2m))."""
import math

import numpy as np


def box_muller_pairs(u1, u2):
    z0, z1 = [], []
    for a, b in zip(u1, u2):
        r = math.sqrt(-2.0 * math.log(1.0 - a))
        z0.append(r * math.cos(2 * math.pi * b))
        z1.append(r * math.sin(2 * math.pi * b))
    return np.array(z0, dtype=float), np.array(z1, dtype=float)


def box_muller(n, *, seed):
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        a, b = rng.random(), rng.random()
        z0, z1 = box_muller_pairs([a], [b])
        out += [z0[0], z1[0]]
    return np.array(out[:n], dtype=float)
