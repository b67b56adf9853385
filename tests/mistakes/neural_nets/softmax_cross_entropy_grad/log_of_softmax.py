"""Loss as −log(softmax): the probability of the true class underflows to 0 and the loss becomes inf.

Compute log-probabilities directly with log-sum-exp: log p_j = z_j − m − log Σ e^(z_k − m).
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    z = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(p[np.arange(n), labels]))
    grad = p.copy()
    grad[np.arange(n), labels] -= 1.0
    return float(loss), grad / n
