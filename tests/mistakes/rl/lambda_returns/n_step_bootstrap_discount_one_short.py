"""n-step return discounts its bootstrap by γ^(m−1) instead of γ^m.

After m rewards r_t … r_{t+m−1} the next value is m steps away: gamma^m · values[t+m] (two-step: 0.25·values[t+2] with gamma 0.5).
"""
import numpy as np


def _inputs(rewards, values, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if (rewards.ndim != 1 or values.ndim != 1 or dones.ndim != 1 or dones.shape != rewards.shape
            or values.shape[0] != rewards.shape[0] + 1 or not 0 <= gamma <= 1):
        raise ValueError("bad input")
    return rewards, values, dones


def n_step_returns(rewards, values, dones, gamma, n):
    rewards, values, dones = _inputs(rewards, values, dones, gamma)
    if n < 1:
        raise ValueError("bad n")
    T = rewards.shape[0]
    returns = np.empty(T)
    for t in range(T):
        total, discount, ended = 0.0, 1.0, False
        for k in range(min(n, T - t)):
            total += discount * rewards[t + k]
            if dones[t + k]:
                ended = True
                break
            if k + 1 < min(n, T - t):
                discount *= gamma
        if not ended:
            total += discount * values[t + min(n, T - t)]
        returns[t] = total
    return returns


def lambda_returns(rewards, values, dones, gamma, lam):
    rewards, values, dones = _inputs(rewards, values, dones, gamma)
    if not 0 <= lam <= 1:
        raise ValueError("bad lam")
    T = rewards.shape[0]
    returns = np.empty(T)
    following = values[T]
    for t in range(T - 1, -1, -1):
        if dones[t]:
            following = rewards[t]
        else:
            following = rewards[t] + gamma * ((1.0 - lam) * values[t + 1] + lam * following)
        returns[t] = following
    return returns
