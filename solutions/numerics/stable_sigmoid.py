"""A sigmoid that is stable in both tails.

Task
    Compute the logistic sigmoid σ(x) = 1 / (1 + exp(−x)) for a scalar or elementwise for an
    array, so that it never overflows and keeps full RELATIVE accuracy in both tails:

        x ≥ 0:   σ(x) = 1 / (1 + exp(−x))          exp(−x) ≤ 1: no overflow
        x < 0:   σ(x) = exp(x) / (1 + exp(x))       exp(x) < 1: no overflow, and no 1 − (…)

    The naive 1 / (1 + exp(−x)) computes exp(1000) = inf for x = −1000 (an overflow warning);
    the other naive form exp(x) / (1 + exp(x)) gives inf/inf = nan for x = +1000.

Signature
    sigmoid(x) -> float or numpy.ndarray

Shapes and types
    x        a scalar (a Python int or float, or a numpy scalar such as np.float64, np.float32,
             np.int64), or a numpy array of any shape (0-d and empty arrays included), of floats
             or ints
    returns  for a scalar: a float. For a numpy array: a NEW float64 array of the same shape
             (also a 0-d array for a 0-d array, and float64 also for int or float32 input)

Example
    >>> sigmoid(0)
    0.5
    >>> sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    array([0. , 0.5, 1. ])
    >>> float(sigmoid(-40.0))                     # exp(-40) / (1 + exp(-40)), not 1 − 1 = 0
    4.248354255291589e-18

Constraints
    numpy or math only. Do not modify x. sigmoid(0) is exactly 0.5. Every value must be within
    a relative 1e-6 of the true σ(x), in the tails too: σ(−40) ≈ 4.25e-18 and σ(−700) ≈
    9.86e-305 must not come out as 0. The only absolute tolerance is 1e-305: below that
    (x below about −702) float64 has only subnormal numbers, and any value within 1e-305 passes,
    0.0 included (scipy gives 0.0 there). Above about 37, 1.0 is right. σ(+inf) = 1.0,
    σ(−inf) = 0.0, σ(nan) = nan. The same values as scipy.special.expit, except that a 0-d
    array gives a 0-d array here where expit returns a numpy scalar.
    The grader compares values, and checks that numpy warns of nothing at x = ±1000 and ±710: a
    stable sigmoid never overflows (the naive form gets the values right there, with a warning).
    The hidden tests use arrays of at most 121 entries, with values from −1000 to 1000 (and
    ±inf, nan).

Time budget: 10 minutes.
"""
import math

import numpy as np


def sigmoid(x):
    # BEGIN SOLUTION
    # Complexity: O(N) time, O(N) memory for the result (N entries of x; O(1) for a scalar).
    if not isinstance(x, np.ndarray):
        x = float(x)
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)        # x < 0 (or nan): e < 1, and nan stays nan
        return e / (1.0 + e)
    x = np.asarray(x, dtype=np.float64)
    out = np.empty(x.shape)    # float64 whatever x's dtype
    positive = x >= 0          # False for nan, which then goes through the second branch
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    e = np.exp(x[~positive])
    out[~positive] = e / (1.0 + e)
    return out
    # END SOLUTION
