"""Discount from the episode start: G_t = Σ_k γ^k·r_k (k counted from the episode's first step), not γ^(k−t).

Discounting is relative to the step whose return you compute: the reward j steps later is worth
γ^j, so G_t = r_t + γ·r_{t+1} + γ²·r_{t+2} + … . Run the recursion G_t = r_t + γ·G_{t+1} backwards.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != dones.shape or rewards.ndim != 1:
        raise ValueError("bad input")
    returns = np.empty(rewards.shape[0])
    following = 0.0
    start = 0
    starts = np.empty(rewards.shape[0], dtype=int)
    for t in range(rewards.shape[0]):
        starts[t] = start
        if dones[t]:
            start = t + 1
    for t in range(rewards.shape[0] - 1, -1, -1):
        if dones[t]:
            following = 0.0
        following = rewards[t] * gamma ** (t - starts[t]) + following
        returns[t] = following
    return returns
