"""Softmax treated as independent per class: dL/dz = dL/dp · p(1 − p), so only the true class gets a gradient.

Every p_j depends on every logit (they share the denominator): the Jacobian has off-diagonal
terms −p_i·p_j. Through the full Jacobian the gradient is p − onehot, nonzero for every class.
"""
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    onehot = np.zeros_like(p)
    onehot[np.arange(n), labels] = 1.0
    grad = -onehot * (1.0 - p) / n
    return float(-log_p[np.arange(n), labels].mean()), grad
