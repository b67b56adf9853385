"""The exponential race: arrival times −ln(u)/w, earliest first; zero weights arrive at +inf."""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    w = np.asarray(weights, dtype=float)
    if (w < 0).any():
        raise ValueError("weights must be >= 0")
    if not 0 <= k <= np.count_nonzero(w):
        raise ValueError("k must be between 0 and the number of positive weights")
    u = np.random.default_rng(seed).random(len(w))
    times = np.full(len(w), np.inf)
    positive = w > 0
    with np.errstate(divide="ignore"):
        times[positive] = -np.log(u[positive]) / w[positive]
    return np.argsort(times, kind="stable")[:k].astype(np.int64)
