"""Modifies the caller's logits: logits -= logits.max(...) subtracts the row maxima in place.

In-place arithmetic on an argument changes the caller's array (their next forward pass would see
shifted logits). Make a new array: shifted = logits - logits.max(axis=1, keepdims=True).
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `logits`"


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    logits -= logits.max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    grad = np.exp(log_probs)
    grad[np.arange(n), labels] -= 1.0
    return float(-log_probs[np.arange(n), labels].mean()), grad / n
