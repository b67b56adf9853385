"""Greedy on total reward: ε-greedy exploits the arm with the largest SUM of rewards, not the largest mean.

The estimate of an arm is the mean of its rewards: a sum grows with the number of pulls and favours the arm pulled most, right or wrong.
"""
import math

import numpy as np


def _probs(probs, n_steps):
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.size == 0 or np.any(probs < 0) or np.any(probs > 1) or n_steps < 0:
        raise ValueError("bad input")
    return probs


def _regret(probs, arms, rewards):
    return np.cumsum(probs.max() - probs[arms])


def _argmax(values):
    return int(np.argmax(values))


def epsilon_greedy(probs, n_steps, *, epsilon, seed):
    probs = _probs(probs, n_steps)
    if not 0 <= epsilon <= 1:
        raise ValueError("bad epsilon")
    rng = np.random.default_rng(seed)
    k = probs.size
    counts, sums, means = np.zeros(k), np.zeros(k), np.zeros(k)
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        if rng.random() < epsilon:
            arm = int(rng.integers(k))
        else:
            arm = _argmax(means)
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        counts[arm] += 1
        sums[arm] += reward
        means[arm] = sums[arm]
        arms[t], rewards[t] = arm, reward
    return arms, rewards, _regret(probs, arms, rewards)


def ucb1(probs, n_steps, *, seed):
    probs = _probs(probs, n_steps)
    rng = np.random.default_rng(seed)
    k = probs.size
    counts, sums, means = np.zeros(k), np.zeros(k), np.zeros(k)
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        if t < k:
            arm = t
        else:
            arm = _argmax(means + np.sqrt(2.0 * math.log(t) / counts))
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        counts[arm] += 1
        sums[arm] += reward
        means[arm] = sums[arm] / counts[arm]
        arms[t], rewards[t] = arm, reward
    return arms, rewards, _regret(probs, arms, rewards)


def thompson_sampling(probs, n_steps, *, seed):
    probs = _probs(probs, n_steps)
    rng = np.random.default_rng(seed)
    k = probs.size
    a, b = np.ones(k), np.ones(k)
    arms, rewards = np.zeros(n_steps, dtype=np.int64), np.zeros(n_steps)
    for t in range(n_steps):
        theta = rng.beta(a, b)
        arm = _argmax(theta)
        reward = 1.0 if rng.random() < probs[arm] else 0.0
        a[arm] += reward
        b[arm] += 1.0 - reward
        arms[t], rewards[t] = arm, reward
    return arms, rewards, _regret(probs, arms, rewards)
