"""Softmax cross-entropy: the loss and its gradient with respect to the logits.

Task
    A classifier outputs a row of C scores (logits) for each of N examples. Softmax turns a row
    z into probabilities p_j = e^(z_j) / Σ_k e^(z_k), and the loss is the mean negative
    log-probability of the true class:

        L = −(1/N) · Σ_i log p_{i, y_i}

    Return L and its gradient with respect to every logit, which is

        ∂L/∂z_{ij} = (p_{ij} − [j = y_i]) / N

    (softmax minus the one-hot label, divided by the batch size).

Signature
    softmax_cross_entropy(logits, labels) -> (loss, dlogits)

Shapes and types
    logits   a float64 array of shape (N, C), N ≥ 1, C ≥ 1 (C = 1 is allowed: loss 0)
    labels   an int array of shape (N,), each in 0 … C − 1
    returns  a tuple (loss, dlogits): loss a float (a Python float or numpy float64), dlogits a
             float64 array of shape (N, C)

Example
    One example, two equal logits, true class 0: p = (½, ½), L = log 2, gradient (½ − 1, ½).

    >>> loss, dlogits = softmax_cross_entropy(np.array([[0.0, 0.0]]), np.array([0]))
    >>> round(loss, 6), dlogits
    (0.693147, array([[-0.5,  0.5]]))

Constraints
    numpy only. Numerically stable for any finite logits: subtract each row's maximum before
    exponentiating (softmax does not change), and compute log p through log-sum-exp,
    log p_{ij} = z_{ij} − m_i − log Σ_k e^(z_{ik} − m_i), never as log(softmax) (p can underflow
    to 0). For example logits [[1000, 0]] with label 1 give L = 1000 and gradient [[1, −1]], and
    [[−1000, −1000]] with label 0 give L = log 2. Inputs are not modified.
    This is PyTorch's F.cross_entropy(logits, labels) (reduction="mean", no class weights, no
    label smoothing) and scikit-learn's log_loss(labels, softmax(logits)) (which also averages).

    The hidden tests use N ≤ 8, C ≤ 4.

Time budget: 20 minutes.
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    # BEGIN SOLUTION
    # Complexity: O(N·C) time, O(N·C) extra memory (N examples, C classes).
    n = logits.shape[0]
    # Shift each row by its maximum: the softmax is unchanged and e^(…) cannot overflow.
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_sum                    # log-softmax, finite even where p underflows
    rows = np.arange(n)
    loss = -np.mean(log_probs[rows, labels])
    # Softmax minus one-hot, with the mean's 1/N.
    dlogits = np.exp(log_probs)
    dlogits[rows, labels] -= 1.0
    dlogits /= n
    return float(loss), dlogits
    # END SOLUTION
