"""λ-returns computed as GAE advantages plus values[:T]: reads values[t] of a state after a done step.

GAE's δ_t = r_t + γ·V_{t+1}·(1 − done_t) − V_t subtracts V(s_t) even when s_t starts a new
episode, and adding values[:T] back cancels it only when V(s_t) is finite: a nan or inf value
after a done step leaks into the result. The statement's recursion G_t = r_t + γ((1−λ)V_{t+1} + λG_{t+1})
never reads a value that follows a done step: use it (with a branch at done steps).
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
            discount *= gamma
            if dones[t + k]:
                ended = True
                break
        if not ended:
            total += discount * values[t + min(n, T - t)]
        returns[t] = total
    return returns



def lambda_returns(rewards, values, dones, gamma, lam):
    rewards, values, dones = _inputs(rewards, values, dones, gamma)
    if not 0 <= lam <= 1:
        raise ValueError("bad lam")
    T = rewards.shape[0]
    advantages = np.empty(T)
    last = 0.0
    for t in range(T - 1, -1, -1):
        if dones[t]:
            delta, last = rewards[t] - values[t], 0.0
        else:
            delta = rewards[t] + gamma * values[t + 1] - values[t]
        last = delta + gamma * lam * last
        advantages[t] = last
    return advantages + values[:T]
