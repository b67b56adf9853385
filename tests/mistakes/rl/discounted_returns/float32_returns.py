"""float32 returns: the result is float32 (as in many PyTorch rollout buffers), not float64.

The statement asks for a float64 array; build it with np.empty(T) or dtype=float, never float32.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float32)
    dones = np.asarray(dones, dtype=bool)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != dones.shape or rewards.ndim != 1:
        raise ValueError("bad input")
    returns = np.empty(rewards.shape[0], dtype=np.float32)
    following = np.float32(0.0)
    for t in range(rewards.shape[0] - 1, -1, -1):
        if dones[t]:
            following = np.float32(0.0)
        following = rewards[t] + np.float32(gamma) * following
        returns[t] = following
    return returns
