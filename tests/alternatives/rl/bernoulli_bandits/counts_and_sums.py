"""Keeps counts and reward sums; means computed where needed; regret accumulated step by step."""
import math

import numpy as np


def _validate(probs, n_steps):
    p = np.array(probs, dtype=np.float64)
    if p.ndim != 1 or len(p) == 0 or not ((p >= 0) & (p <= 1)).all() or n_steps < 0:
        raise ValueError("invalid bandit")
    return p


def _finish(p, arms, rewards):
    regret, total = [], 0.0
    for arm in arms:
        total += p.max() - p[arm]
        regret.append(total)
    return np.array(arms, dtype=np.int64), np.array(rewards, dtype=np.float64), np.array(regret, dtype=np.float64)


def epsilon_greedy(probs, n_steps, *, epsilon, seed):
    p = _validate(probs, n_steps)
    if epsilon < 0 or epsilon > 1:
        raise ValueError("epsilon")
    rng = np.random.default_rng(seed)
    n, s = [0] * len(p), [0.0] * len(p)
    arms, rewards = [], []
    for _ in range(n_steps):
        if rng.random() < epsilon:
            arm = int(rng.integers(len(p)))
        else:
            means = [s[i] / n[i] if n[i] else 0.0 for i in range(len(p))]
            arm = means.index(max(means))
        r = float(rng.random() < p[arm])
        n[arm] += 1
        s[arm] += r
        arms.append(arm)
        rewards.append(r)
    return _finish(p, arms, rewards)


def ucb1(probs, n_steps, *, seed):
    p = _validate(probs, n_steps)
    rng = np.random.default_rng(seed)
    n, s = [0] * len(p), [0.0] * len(p)
    arms, rewards = [], []
    for t in range(n_steps):
        if t < len(p):
            arm = t
        else:
            scores = [s[i] / n[i] + math.sqrt(2 * math.log(t) / n[i]) for i in range(len(p))]
            arm = scores.index(max(scores))
        r = float(rng.random() < p[arm])
        n[arm] += 1
        s[arm] += r
        arms.append(arm)
        rewards.append(r)
    return _finish(p, arms, rewards)


def thompson_sampling(probs, n_steps, *, seed):
    p = _validate(probs, n_steps)
    rng = np.random.default_rng(seed)
    wins, losses = [1.0] * len(p), [1.0] * len(p)
    arms, rewards = [], []
    for _ in range(n_steps):
        theta = [rng.beta(wins[i], losses[i]) for i in range(len(p))]
        arm = theta.index(max(theta))
        r = float(rng.random() < p[arm])
        wins[arm] += r
        losses[arm] += 1 - r
        arms.append(arm)
        rewards.append(r)
    return _finish(p, arms, rewards)
