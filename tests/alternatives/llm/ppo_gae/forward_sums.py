"""Advantages as forward discounted sums of δ within the episode (A_t = Σ_k (γλ)^k δ_{t+k}), and the objective by cases on the sign of A.
"""
import math

import numpy as np


def gae(rewards, values, dones, gamma, lam):
    T = len(rewards)
    deltas = [rewards[t] + (0.0 if dones[t] else gamma * values[t + 1]) - values[t] for t in range(T)]
    adv = np.zeros(T)
    for t in range(T):
        total, weight = 0.0, 1.0
        for k in range(t, T):
            total += weight * deltas[k]
            if dones[k]:
                break
            weight *= gamma * lam
        adv[t] = total
    return adv, adv + np.asarray(values[:T], dtype=float)


def ppo_clip_objective(new_log_probs, old_log_probs, advantages, eps):
    terms = []
    for new, old, a in zip(new_log_probs, old_log_probs, advantages):
        r = math.exp(new - old)
        # A >= 0: the gain is capped at 1 + eps; A < 0: the ratio's decrease is capped at 1 - eps
        terms.append(min(r, 1 + eps) * a if a >= 0 else max(r, 1 - eps) * a)
    return float(sum(terms) / len(terms))


def grpo_advantages(rewards):
    N, G = rewards.shape
    if G < 2:
        raise ValueError("G must be at least 2")
    out = np.zeros((N, G))
    for n in range(N):
        row = [float(x) for x in rewards[n]]
        if len(set(row)) == 1:
            continue                      # all equal: the row stays exactly 0.0
        mean = sum(row) / G
        std = math.sqrt(sum((x - mean) ** 2 for x in row) / (G - 1))
        out[n] = [(x - mean) / (std + 1e-4) for x in row]
    return out
