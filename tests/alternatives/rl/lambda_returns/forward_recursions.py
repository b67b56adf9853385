"""n-step returns by a backward recursion over a window; λ-returns with an explicit bootstrap array."""
import numpy as np


def _arrays(rewards, values, dones, gamma):
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    dones = np.asarray(dones, dtype=bool)
    if rewards.ndim != 1 or values.ndim != 1 or dones.ndim != 1:
        raise ValueError("1-D")
    if dones.size != rewards.size or values.size != rewards.size + 1 or not 0 <= gamma <= 1:
        raise ValueError("sizes or gamma")
    return rewards, values, dones


def n_step_returns(rewards, values, dones, gamma, n):
    rewards, values, dones = _arrays(rewards, values, dones, gamma)
    if n < 1:
        raise ValueError("n")
    T = rewards.size
    result = np.zeros(T)
    for t in range(T):
        end = min(t + n, T)
        g = values[end]
        for j in range(end - 1, t - 1, -1):
            g = rewards[j] if dones[j] else rewards[j] + gamma * g
        result[t] = g
    return result


def lambda_returns(rewards, values, dones, gamma, lam):
    rewards, values, dones = _arrays(rewards, values, dones, gamma)
    if lam < 0 or lam > 1:
        raise ValueError("lam")
    T = rewards.size
    G = np.zeros(T + 1)
    G[T] = values[T]
    for t in range(T - 1, -1, -1):
        G[t] = rewards[t] if dones[t] else rewards[t] + gamma * ((1 - lam) * values[t + 1] + lam * G[t + 1])
    return G[:T].copy()
