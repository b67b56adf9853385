"""Vectorised with np.logaddexp.reduce and an explicit one-hot matrix from np.eye."""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n, c = logits.shape
    lse = np.logaddexp.reduce(logits, axis=1)
    onehot = np.eye(c)[labels]
    loss = np.sum(lse - np.sum(onehot * logits, axis=1)) / n
    probs = np.exp(logits - lse[:, None])
    return float(loss), (probs - onehot) / n
