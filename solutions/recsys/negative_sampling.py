"""Negative sampling from the unigram distribution raised to the power 0.75 (word2vec's trick).

Task
    Negatives for implicit feedback (or for word2vec) are drawn in proportion to a smoothed
    popularity: item i with count c_i gets weight

        w_i = c_i ** power   if c_i > 0,      w_i = 0   if c_i = 0

    (also when power = 0: an item never seen is never drawn, although 0 ** 0 = 1 in numpy), and
    probability p_i = w_i / Σ_j w_j. power = 0.75 flattens the counts: popular items are drawn
    less than their share, rare ones more. power = 1 is the unigram, power = 0 uniform over the
    items with a positive count.

    unigram_distribution(counts, *, power=0.75) returns p.

    sample_negatives(counts, n, *, exclude, seed, power=0.75) draws n items WITH replacement:
        1. w as above, then w[e] = 0 for every index e in `exclude` (the user's positives);
           p = w / Σ w (renormalised over the items that are left; zeroing and renormalising
           the p of unigram_distribution is the same up to rounding)
        2. rng = np.random.default_rng(seed); u = rng.random(n)     (ONE call, n uniforms)
        3. cdf = np.cumsum(p); cdf = cdf / cdf[-1]                  (so the last entry is 1)
           sample[t] = np.searchsorted(cdf, u[t], side="right")      (inverse CDF)
    This is exactly what rng.choice(len(p), size=n, p=p) does, draw for draw, so either way
    is fine. Excluded and zero-count items have zero-width intervals and are never drawn.

Signature
    unigram_distribution(counts, *, power=0.75) -> numpy.ndarray
    sample_negatives(counts, n, *, exclude, seed, power=0.75) -> numpy.ndarray

Shapes and types
    counts    a 1-D array (n_items,) of counts ≥ 0, ints or floats, n_items ≥ 1
    power     a float ≥ 0
    n         an int ≥ 0, the number of negatives
    exclude   a 1-D int array (or list) of item indices, possibly empty, repeats allowed
    seed      an int
    returns   unigram_distribution: a float64 array (n_items,) summing to 1
              sample_negatives: an int64 array (n,) of item indices

Example
    counts [1, 16, 0, 81]: weights 1, 8, 0, 27, so p = [1, 8, 0, 27] / 36. seed 0 gives
    u = 0.637, 0.270, 0.041, 0.017; cdf = [0.028, 0.25, 0.25, 1], so the draws are 3, 3, 1, 0.
    Excluding item 3 leaves p = [1, 8, 0, 0] / 9 and cdf [0.111, 1, 1, 1]: draws 1, 1, 0, 0.

    >>> unigram_distribution(np.array([1, 16, 0, 81])) * 36
    array([ 1.,  8.,  0., 27.])
    >>> sample_negatives(np.array([1, 16, 0, 81]), 4, exclude=[], seed=0)
    array([3, 3, 1, 0])
    >>> sample_negatives(np.array([1, 16, 0, 81]), 4, exclude=[3], seed=0)
    array([1, 1, 0, 0])

Constraints
    numpy only; rng.choice with p is allowed (it is the same draw). Raise ValueError when
    counts is not 1-D or empty, has a negative entry, when power < 0, n < 0, an excluded index
    is out of range (negative included), or when no item is left with a positive weight (all
    counts 0, or every such item excluded); validate before drawing, also when n = 0. n = 0
    returns an empty int64 array. Returns new arrays; the inputs are not modified. The hidden
    tests use n_items ≤ 50, counts ≤ 1e12, n ≤ 20000.
    Not the same draws: rejection sampling (draw from the full p, redraw the excluded ones),
    rng.choice(..., replace=False), or one rng per draw; they give other samples.

Time budget: 20 minutes.
"""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    # BEGIN SOLUTION
    # Complexity: O(n_items) time, O(n_items) extra memory (n_items counts); sample_negatives adds O(n log n_items) for n draws.
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 1 or counts.size == 0:
        raise ValueError("counts must be a non-empty 1-D array")
    if np.any(counts < 0):
        raise ValueError("counts must be >= 0")
    if power < 0:
        raise ValueError(f"power must be >= 0, got {power}")
    seen = counts > 0
    if not seen.any():
        raise ValueError("no item has a positive count")
    # 0 ** 0 is 1: only the positive counts are raised, so power = 0 never draws an unseen item.
    weights = np.zeros_like(counts)
    weights[seen] = counts[seen] ** power
    return weights / weights.sum()
    # END SOLUTION


def sample_negatives(counts, n, *, exclude, seed, power=0.75):
    # BEGIN SOLUTION
    probabilities = unigram_distribution(counts, power=power)   # validates counts and power
    exclude = np.asarray(exclude, dtype=np.int64).reshape(-1)
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if exclude.size and (exclude.min() < 0 or exclude.max() >= probabilities.size):
        raise ValueError("an excluded index is out of range")
    probabilities[exclude] = 0.0
    if probabilities.sum() <= 0:
        raise ValueError("no item is left to draw from")
    probabilities = probabilities / probabilities.sum()   # renormalised over the items left
    rng = np.random.default_rng(seed)
    uniforms = rng.random(n)
    cdf = np.cumsum(probabilities)
    cdf = cdf / cdf[-1]          # the last entry is exactly 1, so no uniform falls past the end
    return np.searchsorted(cdf, uniforms, side="right").astype(np.int64)
    # END SOLUTION
