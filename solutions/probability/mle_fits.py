"""Maximum-likelihood fits: Gaussian, Bernoulli and Poisson.

Task
    Given independent observations x_1 … x_n, return the parameters that maximise the
    likelihood. Setting the derivative of the log-likelihood to zero gives closed forms:

        gaussian_mle(x)   mean μ = (1/n) Σ x_i,   variance σ² = (1/n) Σ (x_i − μ)²
                          (divide by n, NOT n − 1: the MLE is the biased, "population"
                          variance)
        bernoulli_mle(x)  p = (number of ones) / n          x_i ∈ {0, 1}
        poisson_mle(x)    λ = (1/n) Σ x_i                   x_i ∈ {0, 1, 2, …}

Signature
    gaussian_mle(x) -> (mean, variance)
    bernoulli_mle(x) -> float
    poisson_mle(x) -> float

Shapes and types
    x        a 1-D array or list of n ≥ 1 numbers (ints, floats or bools)
    returns  gaussian_mle: a tuple (mean, variance) of two floats
             bernoulli_mle: a float p in [0, 1]
             poisson_mle: a float λ ≥ 0
             (always Python floats or np.float64, also for integer data)

Example
    x = [1, 2, 3, 6]: μ = 12/4 = 3, deviations −2, −1, 0, 3, so σ² = (4 + 1 + 0 + 9)/4 = 3.5.

    >>> gaussian_mle([1, 2, 3, 6])
    (3.0, 3.5)
    >>> bernoulli_mle([1, 0, 1, 1, 0]), poisson_mle([0, 2, 3, 1, 4])
    (0.6, 2.0)

Constraints
    Plain Python or numpy. Raise ValueError for an empty x (there is no MLE), for a Bernoulli
    observation that is not 0 or 1, and for a Poisson observation that is negative or not a
    whole number. Compute the variance as the mean of squared deviations from the mean (two
    passes): mean(x²) − mean² loses every digit when the data sit far from 0 (x = 1e8 + [0, 1, 2]
    must give 2/3). n = 1 gives variance 0.0. Inputs are not modified.
    Conventions: the variance is numpy's np.var(x) (ddof=0) and scipy.stats.norm.fit's
    scale², NOT the unbiased sample variance np.var(x, ddof=1) / pandas' .var() /
    statistics.variance, which divide by n − 1 (for [1, 2, 3, 6]: 3.5 here, 4.667 there).
    torch.var also defaults to n − 1 (unbiased=True / correction=1).
    The hidden tests use at most 200 samples.

Time budget: 10 minutes.
"""
import numpy as np


def gaussian_mle(x):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) extra memory for the float copy (n observations).
    x = np.array(x, dtype=float)
    if x.size == 0:
        raise ValueError("no observations: the MLE is undefined")
    mean = x.mean()
    # Two passes: squared deviations from the mean, divided by n (the MLE, ddof = 0).
    variance = np.mean((x - mean) ** 2)
    return float(mean), float(variance)
    # END SOLUTION


def bernoulli_mle(x):
    # BEGIN SOLUTION
    x = np.array(x, dtype=float)
    if x.size == 0:
        raise ValueError("no observations: the MLE is undefined")
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("Bernoulli observations must be 0 or 1")
    return float(x.mean())
    # END SOLUTION


def poisson_mle(x):
    # BEGIN SOLUTION
    x = np.array(x, dtype=float)
    if x.size == 0:
        raise ValueError("no observations: the MLE is undefined")
    if np.any(x < 0) or np.any(x != np.floor(x)):
        raise ValueError("Poisson observations must be non-negative whole numbers")
    return float(x.mean())
    # END SOLUTION
