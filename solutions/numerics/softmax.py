"""Numerically stable softmax and log-softmax along any axis.

Task
    Turn logits into probabilities along one axis of an array:

        softmax(x)_i     = exp(x_i) / Σ_j exp(x_j)
        log_softmax(x)_i = x_i − log Σ_j exp(x_j)

    where i and j run along `axis` and every other index is held fixed (each row of a
    (batch, k) array is normalised on its own when axis = -1). Compute both WITHOUT overflow:
    subtract the maximum of each slice along `axis` first (softmax does not change when every
    logit of a slice moves by the same amount), so logits near ±1e4 give the right answer.
    Compute log_softmax directly from the shifted logits, not as log(softmax(x)): a probability
    that underflows to 0 has a perfectly finite log-probability (log_softmax([0, -1000]) is
    [0, -1000], not [0, -inf]).

Signature
    softmax(x, axis=-1) -> numpy.ndarray
    log_softmax(x, axis=-1) -> numpy.ndarray

Shapes and types
    x        a numpy array with at least one dimension, of floats (float64 or float32) or ints
    axis     an int, negative values count from the end (-1 is the last axis)
    returns  a NEW float64 array of the same shape as x, also when x holds ints or float32

Example
    >>> softmax(np.array([[0.0, np.log(3.0)], [1.0, 1.0]]))
    array([[0.25, 0.75],
           [0.5 , 0.5 ]])
    >>> log_softmax(np.array([0.0, -1000.0]))
    array([    0., -1000.])
    >>> softmax(np.array([[1.0, 3.0], [1.0, 3.0]]), axis=0)
    array([[0.5, 0.5],
           [0.5, 0.5]])

Constraints
    numpy only. Each slice along `axis` uses its OWN maximum (not the maximum of the whole
    array: a row far below the global maximum would underflow to 0/0). Do not modify x.
    Edge cases, all as in scipy.special.softmax / log_softmax and torch.softmax:
      - an entry of -inf (a masked logit) gets probability 0.0 and log-probability -inf, as long
        as its slice holds at least one finite value;
      - a slice whose entries are ALL -inf gives nan in that slice (0/0), for both functions;
      - a slice of length 1 gives probability 1.0 and log-probability 0.0;
      - an empty array (any dimension of length 0, the softmax axis included) gives an empty
        float64 array of the same shape. Here scipy differs: scipy.special.softmax raises
        ValueError when the softmax axis itself has length 0; torch.softmax returns the empty
        array, as we do.
    +inf and nan logits are not tested.
    The hidden tests use arrays of at most 3 dimensions and 64 entries, with values of magnitude
    up to about 10⁴ (both signs).

Time budget: 15 minutes.
"""
import numpy as np


def softmax(x, axis=-1):
    # BEGIN SOLUTION
    # Complexity: O(N) time, O(N) extra memory (N entries of x).
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return np.empty(x.shape)          # np.max of an empty slice would raise
    # Per-slice maximum; keepdims so it broadcasts back along `axis`.
    shift = np.max(x, axis=axis, keepdims=True)
    # A slice of all -inf has max -inf: -inf - -inf is nan, which is the stated result.
    with np.errstate(invalid="ignore"):
        e = np.exp(x - shift)             # every exponent ≤ 0: no overflow
        return e / np.sum(e, axis=axis, keepdims=True)
    # END SOLUTION


def log_softmax(x, axis=-1):
    # BEGIN SOLUTION
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return np.empty(x.shape)
    shift = np.max(x, axis=axis, keepdims=True)
    with np.errstate(invalid="ignore"):
        shifted = x - shift
        # The sum holds exp(0) = 1 for the maximum, so the log is finite and ≥ 0.
        return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
    # END SOLUTION
