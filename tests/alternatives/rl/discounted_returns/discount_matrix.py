"""Vectorised: a matrix of γ^(j−t), zeroed where j is before t or in another episode."""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.array(rewards, dtype=np.float64)
    dones = np.array(dones, dtype=bool)
    if rewards.ndim != 1 or dones.ndim != 1 or rewards.size != dones.size or not (0 <= gamma <= 1):
        raise ValueError("invalid input")
    n = rewards.size
    episode = np.concatenate(([0], np.cumsum(dones)[:-1])) if n else np.zeros(0, dtype=int)
    t = np.arange(n)
    lag = t[None, :] - t[:, None]
    same = (episode[None, :] == episode[:, None]) & (lag >= 0)
    weights = np.where(same, float(gamma) ** np.where(lag >= 0, lag, 0), 0.0)
    return weights @ rewards
