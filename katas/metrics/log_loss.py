"""Log loss (cross-entropy) with clipping.

Task
    The mean negative log-likelihood of the true labels under predicted probabilities.
    For each sample i, let q_i be the probability the model gave to the TRUE class:
      - binary (probs is 1-D): probs[i] is the probability of class 1, so
        q_i = probs[i] if y_true[i] == 1, and q_i = 1 − probs[i] if y_true[i] == 0;
      - multiclass (probs is 2-D, shape (n, k)): q_i = probs[i, y_true[i]].
    Clip q_i to [eps, 1 − eps] with eps = np.finfo(np.float64).eps = 2.220446049250313e-16
    (so a probability of 0 for the true class costs −ln(eps) ≈ 36.04, not infinity). Then
        log_loss = −(1/n) Σ_i ln(q_i)
    with the NATURAL logarithm. Rows are NOT renormalised: a row [0.2, 0.2] gives q = 0.2 for
    either class, whatever it sums to.

Signature
    log_loss(y_true, probs) -> float

Shapes and types
    y_true   a 1-D int array or list of length n ≥ 1: 0/1 (binary) or class indices
             0 … k − 1 (multiclass)
    probs    a float64 array of shape (n,) (binary) or (n, k) with k ≥ 2 (multiclass),
             every entry in [0, 1]
    returns  a float ≥ 0

Example
    Binary: the true class got 0.8, 0.6 (= 1 − 0.4) and 0.5.

    >>> round(log_loss([1, 0, 1], np.array([0.8, 0.4, 0.5])), 6)
    0.475705
    >>> log_loss([1], np.array([0.0]))      # clipped: −ln(2.220446049250313e-16)
    36.04365338911715

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError when n = 0, when y_true and probs
    have different lengths, when probs is not 1-D or 2-D, when an entry of probs is below 0
    or above 1, or when a label is not a valid class (not 0/1 for binary, not in 0 … k − 1
    for multiclass). Inputs are not modified.
    This matches scikit-learn 1.9's log_loss(y_true, probs, labels=range(k)) (k = 2 for 1-D
    probs), which clips at the float64 machine epsilon and does not renormalise (it only warns
    when rows do not sum to 1). Differences: scikit-learn infers the classes from y_true, so it
    needs labels=... when a class never occurs in y_true (we take the classes from the shape of
    probs); older scikit-learn versions clipped at eps = 1e-15 (a zero probability then cost
    34.54) and renormalised each row after clipping.
    The hidden tests use n ≤ 200 and at most 6 classes.

Time budget: 15 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=metrics/log_loss`.
import numpy as np


def log_loss(y_true, probs):
    raise NotImplementedError("metrics/log_loss: implement log_loss")
