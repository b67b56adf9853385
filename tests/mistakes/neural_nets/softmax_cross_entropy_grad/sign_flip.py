"""Sign flip: one-hot − softmax, the gradient of −L.

∂L/∂z = p − onehot: raising the true class's logit must LOWER the loss, so its entry is negative.
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    onehot = np.zeros_like(p)
    onehot[np.arange(n), labels] = 1.0
    return float(-log_p[np.arange(n), labels].mean()), (onehot - p) / n
