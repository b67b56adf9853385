"""One shared loop; each learner is a function that picks the arm from the statistics so far."""
import math

import numpy as np


def _run(probs, n_steps, seed, choose):
    p = np.asarray(probs, dtype=float)
    if p.ndim != 1 or p.size < 1 or np.isnan(p).any() or p.min() < 0 or p.max() > 1 or n_steps < 0:
        raise ValueError("invalid")
    rng = np.random.default_rng(seed)
    k = p.size
    stats = {"n": np.zeros(k), "sum": np.zeros(k), "mean": np.zeros(k), "a": np.ones(k), "b": np.ones(k)}
    arms = np.empty(n_steps, dtype=np.int64)
    rewards = np.empty(n_steps, dtype=np.float64)
    for t in range(n_steps):
        arm = choose(t, stats, rng, k)
        r = 1.0 if rng.random() < p[arm] else 0.0
        stats["n"][arm] += 1
        stats["sum"][arm] += r
        stats["mean"] = np.divide(stats["sum"], stats["n"], out=np.zeros(k), where=stats["n"] > 0)
        stats["a"][arm] += r
        stats["b"][arm] += 1 - r
        arms[t], rewards[t] = arm, r
    return arms, rewards, np.cumsum(p.max() - p[arms]) if n_steps else np.zeros(0)


def epsilon_greedy(probs, n_steps, *, epsilon, seed):
    if not 0 <= epsilon <= 1:
        raise ValueError("epsilon")
    return _run(probs, n_steps, seed,
                lambda t, st, rng, k: int(rng.integers(k)) if rng.random() < epsilon else int(np.argmax(st["mean"])))


def ucb1(probs, n_steps, *, seed):
    def choose(t, st, rng, k):
        if t < k:
            return t
        return int(np.argmax(st["mean"] + np.sqrt(2 * np.log(t) / st["n"])))
    return _run(probs, n_steps, seed, choose)


def thompson_sampling(probs, n_steps, *, seed):
    return _run(probs, n_steps, seed, lambda t, st, rng, k: int(np.argmax(rng.beta(st["a"], st["b"]))))
