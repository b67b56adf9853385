"""Discounts the immediate reward: G_t = γ·(r_t + G_{t+1}) instead of r_t + γ·G_{t+1}.

The reward of step t counts in full; only the rewards after it are discounted, by γ per step.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != dones.shape or rewards.ndim != 1:
        raise ValueError("bad input")
    returns = np.empty(rewards.shape[0])
    following = 0.0
    for t in range(rewards.shape[0] - 1, -1, -1):
        if dones[t]:
            following = 0.0
        following = gamma * (rewards[t] + following)
        returns[t] = following
    return returns
