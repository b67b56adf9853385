"""Binary cross-entropy from logits, stable for any logit.

Task
    A binary classifier outputs a logit z (any real number); its probability of class 1 is
    p = σ(z) = 1 / (1 + exp(−z)). With target y in [0, 1], the binary cross-entropy is

        loss(z, y) = −[ y · log σ(z) + (1 − y) · log(1 − σ(z)) ]

    Return its MEAN over all entries, like torch.nn.BCEWithLogitsLoss() (reduction='mean').
    Do not go through p: σ(z) rounds to exactly 1.0 or 0.0 once |z| exceeds about 37 or 745,
    and log(0) is -inf. The same loss, rewritten so nothing can overflow or cancel:

        loss(z, y) = max(z, 0) − z · y + log1p(exp(−|z|))

    (exp(−|z|) ≤ 1, and log1p keeps its full relative accuracy when exp(−|z|) is tiny).

Signature
    bce_with_logits(logits, targets) -> float

Shapes and types
    logits   a float64 array of any shape, e.g. (n,) for a batch of n examples
    targets  an array of the SAME shape, of floats in [0, 1] (soft labels allowed) or ints 0/1
    returns  a float: the mean loss over every entry

Example
    >>> round(bce_with_logits(np.array([0.0, 0.0]), np.array([1.0, 0.0])), 12)   # log 2 each
    0.69314718056
    >>> bce_with_logits(np.array([1000.0, -1000.0]), np.array([0.0, 1.0]))        # 1000 each
    1000.0

Constraints
    numpy or math only. Do not modify the inputs. Raise ValueError when the shapes differ
    (broadcasting (n,) against (n, 1) would silently give an (n, n) loss; torch raises too) and
    when the input is empty: the mean of no losses is undefined. torch returns nan for an empty
    batch; we raise. Targets outside [0, 1] are not checked and not tested.
    With hard targets (0 or 1) the result must keep a relative accuracy of 1e-6 even when it is
    tiny: for z = 40 and y = 1 the loss is log1p(exp(−40)) ≈ 4.25e-18, not 0 (the tests use no
    absolute tolerance there).
    torch's pos_weight and weight are not offered.
    The hidden tests use at most 30 logits, with values from −1000 to 1000.

Time budget: 15 minutes.
"""
import numpy as np


def bce_with_logits(logits, targets):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) extra memory (n logits).
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    if z.shape != y.shape:
        raise ValueError(f"logits have shape {z.shape} but targets have shape {y.shape}")
    if z.size == 0:
        raise ValueError("the mean loss of an empty batch is undefined")
    # max(z, 0) − z·y + log(1 + exp(−|z|)): the exponent is never positive.
    losses = np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return float(np.mean(losses))
    # END SOLUTION
