"""Ignores dones: returns flow across episode boundaries.

A done step ends its episode: the return of that step is its reward alone, and the steps before it
must not see the rewards of the next episode. Reset the running sum at every done (multiply by 1 − done).
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != np.shape(dones) or rewards.ndim != 1:
        raise ValueError("bad input")
    returns = np.empty(rewards.shape[0])
    following = 0.0
    for t in range(rewards.shape[0] - 1, -1, -1):
        following = rewards[t] + gamma * following
        returns[t] = following
    return returns
