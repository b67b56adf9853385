"""Whole-episode return: every step gets the return from its episode's first step, not from itself.

A return-to-go starts at step t: G_t sums rewards[t], rewards[t+1], … of the same episode, discounted
from t. Vanilla REINFORCE weighs every step by the whole episode's return; "reward-to-go" does not.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != dones.shape or rewards.ndim != 1:
        raise ValueError("bad input")
    returns = np.empty(rewards.shape[0])
    start = 0
    for t in range(rewards.shape[0]):
        if dones[t] or t == rewards.shape[0] - 1:
            episode = rewards[start:t + 1]
            returns[start:t + 1] = np.sum(episode * gamma ** np.arange(episode.size))
            start = t + 1
    return returns
