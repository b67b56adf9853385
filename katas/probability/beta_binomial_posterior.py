"""Beta–Binomial conjugate update and an equal-tailed credible interval.

Task
    A coin's success probability θ has the prior Beta(α, β). We observe k successes in n
    trials. Then:

    1. beta_binomial_posterior(alpha, beta, k, n): the posterior is Beta(α + k, β + n − k)
       (successes add to α, FAILURES to β). Return (α + k, β + n − k, posterior mean), where
       the mean of Beta(a, b) is a / (a + b).
    2. beta_cdf(x, a, b): the CDF of Beta(a, b) at x, for whole numbers a, b ≥ 1. Then it has
       an exact finite form: with m = a + b − 1,

           P(θ ≤ x) = Σ_{j=a}^{m} C(m, j) · x^j · (1 − x)^(m − j)

       (θ ≤ x exactly when at least a of m uniforms fall below x). For x ≤ 0 it is 0.0, for
       x ≥ 1 it is 1.0. Compute each term in logs, with math.lgamma for the binomial
       coefficient, so that large a + b neither overflow nor underflow.
    3. beta_credible_interval(a, b, level): the equal-tailed interval (low, high) with
       P(θ < low) = P(θ > high) = (1 − level)/2, i.e. low = Q((1 − level)/2) and
       high = Q((1 + level)/2), where Q is the inverse of beta_cdf. Find each quantile by
       bisection on [0, 1]: the CDF is continuous and increasing, so halve the bracket until
       it is narrower than 1e-12 and return its midpoint.

Signature
    beta_binomial_posterior(alpha, beta, k, n) -> (alpha_post, beta_post, mean)
    beta_cdf(x, a, b) -> float
    beta_credible_interval(a, b, level) -> (low, high)

Shapes and types
    alpha, beta, a, b   ints ≥ 1 (a + b ≤ 2000)
    k, n                ints with 0 ≤ k ≤ n
    x                   a float
    level               a float strictly between 0 and 1, e.g. 0.95
    returns             beta_binomial_posterior: a tuple (alpha_post, beta_post, mean) of
                        int, int, float
                        beta_cdf: a float in [0, 1]
                        beta_credible_interval: a tuple (low, high) of two floats

Example
    Prior Beta(2, 3), 7 successes in 10 trials: Beta(9, 6), mean 9/15 = 0.6.
    Beta(2, 1) has CDF x² (m = 2, only the j = 2 term), so its 90% interval is
    (√0.05, √0.95).

    >>> beta_binomial_posterior(2, 3, 7, 10)
    (9, 6, 0.6)
    >>> beta_cdf(0.5, 2, 1)
    0.25
    >>> low, high = beta_credible_interval(2, 1, 0.9)
    >>> round(low, 9), round(high, 9)
    (0.223606798, 0.974679434)

Constraints
    The standard library and numpy only: scipy (scipy.stats.beta, scipy.special.betainc) is
    forbidden. The tests compare beta_cdf and the interval ends with an absolute tolerance of
    1e-8, which the exact sum plus bisection meets easily (a coarse numerical integral of the
    density may not). Raise ValueError if alpha, beta, a or b is not an int ≥ 1 (the exact sum
    needs whole numbers; check the type, so a float is rejected even when whole, like 2.0), if
    k < 0, k > n, or if level is not strictly between 0 and 1.
    Conventions: beta_cdf(x, a, b) is scipy.stats.beta.cdf(x, a, b), the interval is
    scipy.stats.beta.ppf([(1 − level)/2, (1 + level)/2], a, b) (scipy's beta.interval), and the
    mean is scipy.stats.beta.mean(a, b). Equal-tailed is not the highest-density interval
    (HDI), which is narrower for skewed posteriors.
    The hidden tests use n ≤ 500 and a, b ≤ 1100.

Time budget: 25 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=probability/beta_binomial_posterior`.
import math

import numpy as np


def beta_binomial_posterior(alpha, beta, k, n):
    raise NotImplementedError("probability/beta_binomial_posterior: implement beta_binomial_posterior")


def beta_cdf(x, a, b):
    raise NotImplementedError("probability/beta_binomial_posterior: implement beta_cdf")


def beta_credible_interval(a, b, level):
    raise NotImplementedError("probability/beta_binomial_posterior: implement beta_credible_interval")
