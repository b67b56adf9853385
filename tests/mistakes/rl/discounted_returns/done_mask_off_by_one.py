"""Done mask off by one: the sum is cut after the step BEFORE the done (uses dones[t+1] for step t).

dones[t] is True when the episode ends after step t: step t still gets its own reward, and it is the
link from t to t+1 that is cut, G_t = r_t + γ·(1 − dones[t])·G_{t+1}.
"""
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if not 0.0 <= gamma <= 1.0 or rewards.shape != dones.shape or rewards.ndim != 1:
        raise ValueError("bad input")
    n = rewards.shape[0]
    returns = np.empty(n)
    following = 0.0
    for t in range(n - 1, -1, -1):
        cut = dones[t + 1] if t + 1 < n else False
        following = rewards[t] + gamma * (1.0 - cut) * following
        returns[t] = following
    return returns
