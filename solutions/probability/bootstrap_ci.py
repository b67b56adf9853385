"""Percentile bootstrap confidence interval for the mean.

Task
    1. percentile_linear(values, q): the q-quantile (0 ≤ q ≤ 1) of a sample by linear
       interpolation between order statistics. Sort the m values ascending into s, then

           h = (m − 1) · q        i = floor(h)        t = h − i
           result = s[i] + t · (s[i + 1] − s[i])     (just s[i] when i = m − 1, i.e. q = 1)

       so q = 0 gives the minimum, q = 1 the maximum, q = 0.5 the median.
    2. bootstrap_ci(x, *, n_boot, confidence, seed): resample x with replacement n_boot times,
       take the mean of each resample, and cut off equal tails of those bootstrap means:

           rng = np.random.default_rng(seed)
           idx = rng.integers(0, n, size=(n_boot, n))      (ONE call; row b is resample b)
           means[b] = mean of x[idx[b]]
           alpha = 1 − confidence
           low  = percentile_linear(means, alpha / 2)
           high = percentile_linear(means, 1 − alpha / 2)

Signature
    percentile_linear(values, q) -> float
    bootstrap_ci(x, *, n_boot, confidence, seed) -> (low, high)

Shapes and types
    values      a 1-D array or list of m ≥ 1 numbers (any order)
    q           a float in [0, 1] (a fraction, not a percent)
    x           a 1-D array or list of n ≥ 1 numbers
    n_boot      an int ≥ 1: the number of resamples
    confidence  a float strictly between 0 and 1, e.g. 0.95
    seed        an int
    returns     percentile_linear: a float
                bootstrap_ci: a tuple (low, high) of two floats, low ≤ high

Example
    s = [1, 2, 3, 4], q = 0.5: h = 1.5, so 2 + 0.5 · (3 − 2) = 2.5.

    >>> percentile_linear([4, 1, 3, 2], 0.5), percentile_linear([4, 1, 3, 2], 1.0)
    (2.5, 4.0)
    >>> low, high = bootstrap_ci([1.0, 2.0, 4.0], n_boot=4, confidence=0.5, seed=0)
    >>> round(low, 6), round(high, 6)      # bootstrap means 8/3, 1, 1, 10/3
    (1.0, 2.833333)

Constraints
    numpy and the standard library only; numpy.percentile, numpy.quantile (and their nan
    versions) are forbidden: write the rule yourself. Draw exactly as above: one
    rng.integers(0, n, size=(n_boot, n)) call (n_boot row-by-row calls
    rng.integers(0, n, size=n), or rng.choice(x, size=(n_boot, n)), happen to give the same
    numbers in current numpy; only the single integers call is promised). Raise ValueError
    for empty values or x, for q outside [0, 1], for n_boot < 1 and for confidence not
    strictly between 0 and 1. Inputs are not modified.
    Conventions: percentile_linear is numpy's default rule (method="linear", R's type 7), so
    percentile_linear(v, q) equals np.percentile(v, 100 * q) up to rounding; q here is a
    fraction where np.percentile takes a percent. bootstrap_ci equals
    scipy.stats.bootstrap((x,), np.mean, method="percentile", confidence_level=confidence,
    n_resamples=n_boot) given the same np.random.default_rng(seed); scipy's default method is
    "BCa", which gives a different interval.
    The hidden tests use at most 200 samples and n_boot ≤ 2000 (percentile_linear: at most 30
    values).

Time budget: 20 minutes.
"""
import math

import numpy as np


def percentile_linear(values, q):
    # BEGIN SOLUTION
    # Complexity: O(m log m) time for the sort, O(m) extra memory (m values); bootstrap_ci is O(B·n + B log B) time and O(B·n) memory (B resamples of size n).
    s = np.sort(np.array(values, dtype=float))
    if s.ndim != 1 or s.size == 0:
        raise ValueError("need at least one value")
    if not 0.0 <= q <= 1.0:
        raise ValueError("q must lie in [0, 1]")
    h = (s.size - 1) * q          # fractional position among the order statistics
    i = math.floor(h)
    if i + 1 >= s.size:           # q = 1 (or m = 1): nothing to interpolate towards
        return float(s[i])
    t = h - i
    return float(s[i] + t * (s[i + 1] - s[i]))
    # END SOLUTION


def bootstrap_ci(x, *, n_boot, confidence, seed):
    # BEGIN SOLUTION
    x = np.array(x, dtype=float)
    if x.size == 0:
        raise ValueError("x is empty")
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    n = x.size
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))   # every row: a resample WITH replacement
    means = x[idx].mean(axis=1)
    alpha = 1.0 - confidence
    return percentile_linear(means, alpha / 2), percentile_linear(means, 1.0 - alpha / 2)
    # END SOLUTION
