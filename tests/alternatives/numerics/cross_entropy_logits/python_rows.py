"""A loop over rows with math: each row's max, its log-sum-exp, minus the true logit."""
import math

import numpy as np


def cross_entropy(logits, labels):
    logits = np.asarray(logits)
    labels = np.asarray(labels)
    if logits.ndim != 2 or labels.ndim != 1 or len(labels) != len(logits) or len(labels) == 0:
        raise ValueError("need logits (n, k) and labels (n,) with n > 0")
    k = logits.shape[1]
    total = 0.0
    for row, label in zip(logits.tolist(), labels.tolist()):
        if not 0 <= label < k:
            raise ValueError(f"label {label} is not a class 0 … {k - 1}")
        m = max(row)
        total += m + math.log(sum(math.exp(v - m) for v in row)) - row[label]
    return total / len(labels)
