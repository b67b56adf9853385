"""Returns the per-example losses (an array of N) instead of their mean, a float.

The loss is one number: the mean of −log p_{i, y_i} over the batch. Return float(...).
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    onehot = np.zeros_like(p)
    onehot[np.arange(n), labels] = 1.0
    return -log_p[np.arange(n), labels], (p - onehot) / n
