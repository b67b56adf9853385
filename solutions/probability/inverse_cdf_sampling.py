"""Sampling by inverting the CDF: a discrete distribution and the exponential.

Task
    Turn uniform random numbers into samples of another distribution by inverting its CDF.

    1. categorical_from_uniforms(probs, u): the categories are 0 … k−1 with probabilities
       probs. Let cdf = np.cumsum(probs) (running sums, left to right). Uniform u_j maps to
       the FIRST index i with u_j < cdf[i] (strictly less). Rounding can make cdf[k−1] a hair
       below 1 (ten times 0.1 sums to 0.9999999999999999); a u_j with u_j ≥ cdf[i] for every i
       maps to the LAST index whose probability is positive.
    2. sample_categorical(probs, n, *, seed): rng = np.random.default_rng(seed), then ONE call
       u = rng.random(n), then categorical_from_uniforms(probs, u).
    3. sample_exponential(rate, n, *, seed): rng = np.random.default_rng(seed), ONE call
       u = rng.random(n), then x = −ln(1 − u) / rate. (u lies in [0, 1), so 1 − u lies in
       (0, 1] and the log is always finite; −ln(u) would give +inf when u = 0.)

Signature
    categorical_from_uniforms(probs, u) -> numpy.ndarray
    sample_categorical(probs, n, *, seed) -> numpy.ndarray
    sample_exponential(rate, n, *, seed) -> numpy.ndarray

Shapes and types
    probs    a 1-D float array (or list) of k ≥ 1 probabilities: each ≥ 0, summing to 1
             within 1e-9
    u        a 1-D float64 array of m uniforms in [0, 1)
    n        an int ≥ 0: how many samples
    seed     an int
    rate     a float λ > 0 (the mean of the exponential is 1/λ)
    returns  categorical_from_uniforms: an int64 array of shape (m,), entries in 0 … k−1
             sample_categorical: an int64 array of shape (n,)
             sample_exponential: a float64 array of shape (n,)

Example
    cdf = [0.2, 0.7, 1.0]: u = 0.1 < 0.2 gives 0; u = 0.2 is not < 0.2 but is < 0.7, so 1;
    u = 0.95 gives 2.

    >>> categorical_from_uniforms(np.array([0.2, 0.5, 0.3]), np.array([0.1, 0.2, 0.95]))
    array([0, 1, 2])
    >>> sample_exponential(2.0, 3, seed=0).round(6)     # u = default_rng(0).random(3)
    array([0.506623, 0.157209, 0.020918])

Constraints
    numpy and the standard library only; not numpy's own samplers (rng.choice, rng.exponential):
    the point is the inversion, and the tests compare your samples with the reference's bit for
    bit, so draw exactly as above (one rng.random(n) call, nothing else). A category with
    probability 0 is never returned. Raise ValueError if probs is empty, has a negative entry,
    or does not sum to 1 within 1e-9, and if rate ≤ 0. n = 0 gives an empty array of the stated
    dtype (int64 or float64). Return new arrays; inputs are not modified.
    Conventions: np.searchsorted(cdf, u, side="right") is the same "first i with u < cdf[i]"
    rule, except at the rounding fallback above (it would return k). numpy's
    rng.exponential(scale) takes the SCALE 1/λ; here the argument is the rate λ.
    The hidden tests use at most 11 categories and n ≤ 200000 draws.

Time budget: 15 minutes.
"""
import numpy as np


def categorical_from_uniforms(probs, u):
    # BEGIN SOLUTION
    # Complexity: O(k + m log k) time, O(k + m) extra memory (k categories, m uniforms).
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.size == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if np.any(probs < 0):
        raise ValueError("probabilities must be non-negative")
    if abs(probs.sum() - 1.0) > 1e-9:
        raise ValueError("probabilities must sum to 1")
    cdf = np.cumsum(probs)
    # side="right" finds the first i with cdf[i] > u, i.e. u < cdf[i]: a u sitting exactly on a
    # boundary cdf[i] belongs to the NEXT category, and a zero-probability category (whose cdf
    # equals its predecessor's) can never be the first one to exceed u.
    index = np.searchsorted(cdf, np.asarray(u, dtype=float), side="right")
    # Rounding fallback: u at or above cdf[-1] goes to the last category that can happen.
    last_positive = np.flatnonzero(probs > 0)[-1]
    return np.minimum(index, last_positive).astype(np.int64)
    # END SOLUTION


def sample_categorical(probs, n, *, seed):
    # BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    return categorical_from_uniforms(probs, u)      # validates probs, then inverts the CDF
    # END SOLUTION


def sample_exponential(rate, n, *, seed):
    # BEGIN SOLUTION
    if not rate > 0:
        raise ValueError("rate must be positive")
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    # F(x) = 1 − exp(−λx), so F⁻¹(u) = −ln(1 − u)/λ; 1 − u > 0, so no log(0).
    return -np.log(1.0 - u) / rate
    # END SOLUTION
