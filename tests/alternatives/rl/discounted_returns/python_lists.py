"""Plain Python floats, one episode at a time, reversed at the end."""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    if np.ndim(rewards) != 1 or np.ndim(dones) != 1 or len(rewards) != len(dones):
        raise ValueError("rewards and dones must be 1-D and of equal length")
    if gamma < 0 or gamma > 1:
        raise ValueError("gamma must be in [0, 1]")
    out = []
    g = 0.0
    for r, d in zip(reversed(list(rewards)), reversed(list(dones))):
        g = float(r) + (0.0 if d else gamma * g)
        out.append(g)
    return np.array(out[::-1], dtype=np.float64)
