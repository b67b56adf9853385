"""np.interp over the ranks 0..m−1 is exactly linear interpolation between order statistics."""
import numpy as np


def percentile_linear(values, q):
    s = np.sort(np.asarray(values, dtype=float).ravel())
    if len(s) == 0 or not (0.0 <= q <= 1.0):
        raise ValueError("need values and 0 <= q <= 1")
    return float(np.interp(q * (len(s) - 1), np.arange(len(s)), s))


def bootstrap_ci(x, *, n_boot, confidence, seed):
    x = np.asarray(x, dtype=float)
    if len(x) == 0:
        raise ValueError("empty x")
    if n_boot < 1 or confidence <= 0 or confidence >= 1:
        raise ValueError("bad n_boot or confidence")
    rng = np.random.default_rng(seed)
    resamples = np.take(x, rng.integers(0, len(x), size=(n_boot, len(x))))
    means = resamples.sum(axis=1) / len(x)
    lo_q = (1 - confidence) / 2
    return percentile_linear(means, lo_q), percentile_linear(means, (1 + confidence) / 2)
