"""Average precision (area under the precision–recall step curve, no interpolation).

Task
    Rank the samples by score. Each DISTINCT score t, from the highest down, is a threshold:
    the samples with score ≥ t are predicted positive (a sample whose score equals t is
    included). At threshold t_n let
        P_n = TP_n / (TP_n + FP_n)        (precision among the samples with score ≥ t_n)
        R_n = TP_n / n_pos                (recall)
    and, with R_0 = 0,
        AP = Σ_n (R_n − R_{n−1}) · P_n
    Tied scores enter together (they are one threshold). No interpolation: P_n is the precision
    AT that threshold, not the best precision at any higher recall. Equivalently, AP is the mean,
    over the positive samples, of the precision at the threshold equal to that sample's score.

Signature
    average_precision(y_true, y_score) -> float

Shapes and types
    y_true   a 1-D int array or list of length n ≥ 1 holding only 0 and 1 (1 = positive)
    y_score  a 1-D float (or int) array or list of length n: higher means "more positive"
    returns  a float in [0, 1]

Example
    Scores 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg). The thresholds 0.8 and 0.35 each add
    recall 1/2, at precision 1/1 and 2/3: AP = 0.5 · 1 + 0.5 · 2/3 = 0.8333…

    >>> average_precision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.8333333333333333

Constraints
    Plain Python or numpy (no scikit-learn). If y_true holds no positive at all, return 0.0
    (recall is undefined; we pin 0.0). Raise ValueError for empty inputs, for inputs of
    different lengths, and for labels other than 0 and 1. Inputs are not modified.
    This is scikit-learn's average_precision_score(y_true, y_score) for binary 0/1 labels.
    With no positive, the installed scikit-learn (1.9) also returns 0.0, with a warning
    ("No positive class found in y_true"); depending on the version, older ones returned nan
    or −0.0. It is NOT the PASCAL VOC 11-point AP, nor the area under a linearly interpolated
    PR curve.
    The hidden tests use n ≤ 300.

Time budget: 20 minutes.
"""
import numpy as np


def average_precision(y_true, y_score):
    # BEGIN SOLUTION
    # Complexity: O(n log n) time, O(n) extra memory (n samples).
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape:
        raise ValueError("need two non-empty arrays of the same length")
    if not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("y_true must hold only 0 and 1")
    n_pos = int(np.sum(y_true == 1))
    if n_pos == 0:
        return 0.0
    # Distinct scores, highest first; counts of positives and of all samples per score.
    thresholds, inverse = np.unique(-y_score, return_inverse=True)
    positives_at = np.bincount(inverse, weights=(y_true == 1), minlength=thresholds.size)
    samples_at = np.bincount(inverse, minlength=thresholds.size)
    tp = np.cumsum(positives_at)           # TP at each threshold (score ≥ t)
    predicted = np.cumsum(samples_at)      # TP + FP at each threshold
    precision = tp / predicted
    recall_gain = positives_at / n_pos     # R_n − R_{n−1}
    return float(np.sum(recall_gain * precision))
    # END SOLUTION
