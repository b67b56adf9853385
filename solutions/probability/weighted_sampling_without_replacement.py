"""Weighted sampling without replacement: Efraimidis–Spirakis keys.

Task
    Choose k distinct indices out of n, where each next pick is index i with probability
    proportional to weights[i] among the items not yet picked ("successive sampling"). The
    Efraimidis–Spirakis trick does it with one uniform per item and a sort:

        rng = np.random.default_rng(seed)
        u = rng.random(n)                          (ONE call, one uniform for EVERY item,
                                                    zero-weight items included)
        key[i] = u[i] ** (1 / weights[i])          for every i with weights[i] > 0
        result = the indices of the k largest keys, largest key first

    Items with weight 0 get no key and are never chosen. A larger weight pushes the key
    towards 1, so heavy items tend to come first; the order of the result is the order in
    which successive sampling would have picked them.

Signature
    weighted_sample_without_replacement(weights, k, *, seed) -> numpy.ndarray

Shapes and types
    weights  a 1-D float array (or list) of n weights, each ≥ 0 (they need not sum to 1)
    k        an int, 0 ≤ k ≤ (number of positive weights)
    seed     an int
    returns  an int64 array of shape (k,): distinct indices, in decreasing order of key

Example
    seed 0: u = [0.637, 0.270, 0.041, 0.017]. With weights [1, 1, 0, 8] the keys are
    0.637, 0.270, (none), 0.017^(1/8) = 0.599, so the order is 0, 3, 1.

    >>> weighted_sample_without_replacement([1.0, 1.0, 0.0, 8.0], 3, seed=0)
    array([0, 3, 1])

Constraints
    numpy and the standard library only; not rng.choice (a different draw). Draw exactly as
    above: one rng.random(n) call, nothing else. Any key with the same order works:
    ln(u)/w (largest first) or the "exponential race" −ln(u)/w (smallest first) pick the same
    indices in the same order (the tests use weights from 0.05 to 20, where floating point
    cannot reorder them). Ties between keys (probability 0) go to the smaller index. Raise
    ValueError if a weight is negative, if k < 0, or if k exceeds the number of positive
    weights. k = 0 gives an empty int64 array. Return a new array; weights is not modified.
    The hidden tests use at most 25 weights.

Time budget: 20 minutes.
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    # BEGIN SOLUTION
    # Complexity: O(n log n) time, O(n) extra memory (n weights).
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0):
        raise ValueError("weights must be non-negative")
    positive = np.flatnonzero(weights > 0)
    if k < 0 or k > positive.size:
        raise ValueError(f"cannot choose {k} items: {positive.size} have positive weight")
    rng = np.random.default_rng(seed)
    u = rng.random(weights.size)          # one uniform per item, zero weights included
    keys = u[positive] ** (1.0 / weights[positive])
    # Largest key first; a stable sort of −key keeps ties in index order.
    order = np.argsort(-keys, kind="stable")
    return positive[order[:k]].astype(np.int64)
    # END SOLUTION
