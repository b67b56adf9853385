"""Running sums Σy and Σ(y − ȳ)² in plain Python after one vectorised call; math for the roots."""
import math

import numpy as np


def _mean_and_se(values):
    values = [float(v) for v in values]
    n = len(values)
    mean = math.fsum(values) / n
    sq = math.fsum((v - mean) ** 2 for v in values)
    return mean, math.sqrt(sq / (n - 1)) / math.sqrt(n)


def monte_carlo_mean(f, n, *, seed):
    if n < 2:
        raise ValueError("n must be at least 2")
    u = np.random.default_rng(seed).random(n)
    return _mean_and_se(f(u))


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs must be at least 2")
    u = np.random.default_rng(seed).random(n_pairs)
    a, b = f(u), f(1 - u)
    return _mean_and_se([(x + y) / 2 for x, y in zip(a, b)])
