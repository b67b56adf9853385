"""Inverted dropout: forward and backward.

Task
    During training, dropout zeroes each entry of x independently with probability p (the DROP
    probability, as in PyTorch) and scales the survivors by 1/(1 − p), so every entry keeps its
    expected value ("inverted" dropout: nothing to rescale at evaluation time). In evaluation
    mode (training=False) it does nothing: the output equals x.

    The mask is pinned, so a correct answer reproduces the reference's mask exactly: in training, create
    rng = np.random.default_rng(seed) and make ONE call u = rng.random(x.shape); entry i is KEPT
    iff u_i ≥ p (so u_i == p is kept), and then

        out = x · keep / (1 − p)        (p < 1)
        out = zeros like x              (p = 1: everything is dropped; no division by 0)

    The backward pass regenerates the same mask from the same seed and shape: given
    dout = ∂L/∂out, it returns dx = dout · keep / (1 − p) in training (zeros when p = 1), and a
    copy of dout in evaluation mode.

Signature
    dropout(x, *, p, training, seed) -> ndarray
    dropout_backward(dout, *, p, training, seed) -> ndarray
    Everything after the array is passed by keyword.

Shapes and types
    x, dout   a float64 array of any shape with at least one axis (it may have 0 entries)
    p         a float with 0 ≤ p ≤ 1; raise ValueError otherwise (in both modes)
    training  a bool
    seed      an int (ignored in evaluation mode)
    returns   a NEW float64 array of x's (dout's) shape, also in evaluation mode and for p = 0
              (never x itself). Dropped entries are exactly 0; in evaluation mode and for p = 0
              the values are exactly x's.

Example
    default_rng(0).random((2, 3)) is [[0.637, 0.270, 0.041], [0.017, 0.813, 0.913]]: with p = ½
    the entries with u ≥ ½ are kept and doubled.

    >>> x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    >>> dropout(x, p=0.5, training=True, seed=0)
    array([[ 2.,  0.,  0.],
           [ 0., 10., 12.]])
    >>> dropout(x, p=0.5, training=False, seed=0)
    array([[1., 2., 3.],
           [4., 5., 6.]])

Constraints
    numpy only; only the generator and the one rng.random call above (not np.random.seed, not
    rng.binomial, which draw other numbers). Inputs are not modified.
    Conventions follow PyTorch's nn.functional.dropout(x, p, training): p is the drop
    probability, survivors are scaled by 1/(1 − p) in training, evaluation is the identity, and
    p = 1 gives zeros. PyTorch's own mask comes from its generator, so its numbers differ.
    (Old TensorFlow's keep_prob is 1 − p.)

    The hidden tests use arrays of at most 100 000 entries (200 × 500, for the statistical
    checks).

Time budget: 15 minutes.
"""
import numpy as np


def dropout(x, *, p, training, seed):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) extra memory for the mask and the output (n entries of x).
    return _apply_mask(x, p, training, seed)
    # END SOLUTION


def dropout_backward(dout, *, p, training, seed):
    # BEGIN SOLUTION
    # out = x · mask / (1 − p) is linear in x: the gradient goes through the same mask and scale.
    return _apply_mask(dout, p, training, seed)
    # END SOLUTION


# BEGIN SOLUTION
def _apply_mask(values, p, training, seed):
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")
    if not training:
        return np.array(values, dtype=np.float64)     # a copy: the identity, as a new array
    if p == 1.0:
        return np.zeros(values.shape)                  # everything dropped; 1/(1 − p) would be inf
    rng = np.random.default_rng(seed)
    keep = rng.random(values.shape) >= p               # u == p is kept
    return values * keep / (1.0 - p)
# END SOLUTION
