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
import numpy as np


def log_loss(y_true, probs):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) extra memory (n samples; reading the (n, k) probabilities is O(n·k) at most).
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if probs.ndim not in (1, 2) or y_true.ndim != 1 or len(y_true) == 0 or len(y_true) != len(probs):
        raise ValueError("need n ≥ 1 labels and probabilities of shape (n,) or (n, k)")
    if np.any(probs < 0) or np.any(probs > 1):
        raise ValueError("probabilities must lie in [0, 1]")
    k = 2 if probs.ndim == 1 else probs.shape[1]
    if np.any((y_true < 0) | (y_true >= k) | (y_true != np.round(y_true))):
        raise ValueError("labels must be class indices 0 … k − 1")
    labels = y_true.astype(int)
    if probs.ndim == 1:
        true_prob = np.where(labels == 1, probs, 1.0 - probs)
    else:
        true_prob = probs[np.arange(len(labels)), labels]
    eps = np.finfo(np.float64).eps
    # Clip so that a confident mistake costs a large but finite amount.
    true_prob = np.clip(true_prob, eps, 1.0 - eps)
    return float(-np.mean(np.log(true_prob)))
    # END SOLUTION
