"""Log-sum-exp, stable, following scipy.special.logsumexp.

Task
    Compute log(Σ exp(x)) over the given axis (or over every entry) without overflow or
    underflow: with m the maximum of the slice,

        logsumexp(x) = m + log Σ exp(x − m)

    so every exponent is ≤ 0 and the largest term is exactly 1. This is the building block of
    log_softmax, cross-entropy and log-likelihoods of mixtures.

Signature
    logsumexp(x, axis=None, keepdims=False) -> float or numpy.ndarray

Shapes and types
    x         a numpy array of any shape (floats or ints); it may be empty
    axis      None (reduce over every entry), an int (negative counts from the end), or a tuple
              of ints, exactly as in np.sum
    keepdims  a bool: keep each reduced axis as an axis of length 1, as in np.sum
    returns   the shape np.sum(x, axis=axis, keepdims=keepdims) would have: a float when that
              shape is () (axis=None, or every axis reduced, without keepdims; also a 1-D x with
              axis=0); otherwise a NEW float64 array of that shape

Example
    >>> logsumexp(np.array([0.0, np.log(3.0)]))        # log(1 + 3)
    1.3862943611198906
    >>> logsumexp(np.array([1000.0, 1000.0]))          # 1000 + log 2; exp(1000) overflows
    1000.6931471805599
    >>> logsumexp(np.array([[0.0, 0.0], [-np.inf, -np.inf]]), axis=1)
    array([0.69314718,       -inf])

Constraints
    numpy only. Shift each slice by its OWN maximum. Do not modify x. The special values follow
    scipy.special.logsumexp (checked against scipy 1.17), slice by slice:
      - every entry -inf (exp is 0 everywhere): the result is -inf, not nan (careful: the
        shift -inf − (-inf) is nan, so a slice whose maximum is not finite needs care);
      - an empty slice (a sum of no terms is 0): -inf. An empty x with axis=None gives -inf;
      - at least one +inf and no nan: +inf (also when -inf is present too);
      - any nan in the slice: nan.
    We do not offer scipy's weights `b` or `return_sign`. Where scipy returns a numpy float64
    (a result of shape ()) we ask for a float; np.float64 is a float, so either passes.
    The hidden tests use arrays of at most 3 dimensions and 70 entries, with values from about
    −1200 to 10⁴.

Time budget: 15 minutes.
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    # BEGIN SOLUTION
    # Complexity: O(N) time, O(N) extra memory for the shifted exponentials (N entries of x).
    x = np.asarray(x, dtype=np.float64)
    # initial=-inf: an empty slice has maximum -inf instead of raising.
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    # Shift only by finite maxima. For ±inf or nan, shift by 0 and let exp/log give the
    # stated answer: all -inf -> log 0 = -inf; any +inf -> log inf = inf; nan stays nan.
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        total = np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)
        if not keepdims:
            m = np.squeeze(m, axis=axis)
        result = np.log(total) + m
    if np.ndim(result) == 0:
        return float(result)
    return np.asarray(result, dtype=np.float64)
    # END SOLUTION
