"""Triplet loss with batch-hard mining (Hermans, Beyer and Leibe, 2017).

Task
    Given N embeddings with class labels, let D_ij be the Euclidean distance ‖x_i − x_j‖ (or its
    square when squared=True). For each anchor i take its HARDEST positive, the largest D_ij over
    j ≠ i with labels[j] == labels[i], and its HARDEST negative, the smallest D_ik over
    labels[k] != labels[i]; the anchor's loss is the hinge
        max(0, d_pos − d_neg + margin).
    An anchor without a valid positive (its class has one member) or without a valid negative
    (every label is its own) is SKIPPED: it is neither a term nor counted. The loss is the mean
    over the valid anchors, and 0.0 when there is none (N = 0 and N = 1 included).

Signature
    batch_hard_triplet_loss(embeddings, labels, margin=0.2, squared=False) -> loss

Shapes and types
    embeddings: float64 (N, D), N >= 0, D >= 1. labels: int array (N,). margin: a float >= 0.
    squared: bool. loss: a float.

Example
    >>> import numpy as np
    >>> x = np.array([[0.0], [0.3], [1.0], [1.9]])
    >>> round(batch_hard_triplet_loss(x, np.array([0, 0, 1, 1]), margin=0.5), 6)   # (0 + 0.1 + 0.7 + 0) / 4
    0.2
    >>> round(batch_hard_triplet_loss(x, np.array([0, 0, 1, 1]), margin=0.5, squared=True), 6)
    0.23

Constraints
    Plain Python and numpy only. Compute the distances from the differences x_i − x_j (the
    ‖a‖² + ‖b‖² − 2a·b shortcut may round to tiny negatives; the hidden tests allow 1e-6 relative
    error). The margin is added to the distance in the chosen form (squared or not).
    ValueError for: embeddings not 2-D or with D = 0, labels not of shape (N,), margin < 0.
    The inputs are not modified.

    Coming from PyTorch: nn.TripletMarginLoss takes explicit triplets (p = 2, not squared);
    pytorch-metric-learning's BatchHardMiner + TripletMarginLoss is the batch-hard recipe, but
    its reduction averages only the non-zero terms by default: here the mean is over every valid
    anchor, zeros included.

    The hidden tests use N ≤ 32, D ≤ 8.

Time budget: 25 minutes.
"""
import numpy as np


def batch_hard_triplet_loss(embeddings, labels, margin=0.2, squared=False):
    # BEGIN SOLUTION
    # Complexity: O(N²·D) time, O(N²·D) memory for the pairwise differences.
    x = np.asarray(embeddings, dtype=np.float64)
    y = np.asarray(labels)
    if x.ndim != 2 or x.shape[1] == 0:
        raise ValueError("embeddings must be (N, D) with D >= 1")
    if y.shape != (x.shape[0],):
        raise ValueError("labels must have shape (N,)")
    if not margin >= 0:
        raise ValueError("margin must be >= 0")
    n = x.shape[0]
    diff = x[:, None, :] - x[None, :, :]
    dist = np.sum(diff * diff, axis=2)
    if not squared:
        dist = np.sqrt(dist)
    same = y[:, None] == y[None, :]
    positive = same & ~np.eye(n, dtype=bool)
    negative = ~same
    valid = positive.any(axis=1) & negative.any(axis=1)
    if not valid.any():
        return 0.0
    hardest_pos = np.where(positive, dist, -np.inf).max(axis=1)
    hardest_neg = np.where(negative, dist, np.inf).min(axis=1)
    terms = np.maximum(0.0, hardest_pos[valid] - hardest_neg[valid] + margin)
    return float(np.mean(terms))
    # END SOLUTION
