"""One loop over (word, label) pairs: label 1 for the context, 0 for each negative; the gradient
of the logistic loss is (σ(score) − label)."""
import math

import numpy as np


def _log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def _sigmoid(x):
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    v = W_in[center].astype(float)
    grad_center = np.zeros(W_in.shape[1])
    grad_out = np.zeros(W_out.shape, dtype=float)
    loss = 0.0
    for word, label in [(context, 1.0)] + [(n, 0.0) for n in negatives]:
        score = float(W_out[word] @ v)
        loss -= _log_sigmoid(score) if label else _log_sigmoid(-score)
        error = _sigmoid(score) - label
        grad_center += error * W_out[word]
        grad_out[word] += error * v
    return loss, grad_center, grad_out
