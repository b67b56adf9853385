"""sample_categorical returns an empty array for n = 0 before checking probs.

Invalid probabilities (negative, or not summing to 1) are an error whatever n is: validate first.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def categorical_from_uniforms(probs, u):
    
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
    


def sample_categorical(probs, n, *, seed):
    
    if n == 0:
            return np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    return categorical_from_uniforms(probs, u)      # validates probs, then inverts the CDF
    


def sample_exponential(rate, n, *, seed):
    
    if not rate > 0:
        raise ValueError("rate must be positive")
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    # F(x) = 1 − exp(−λx), so F⁻¹(u) = −ln(1 − u)/λ; 1 − u > 0, so no log(0).
    return -np.log(1.0 - u) / rate
    
