"""As a two-class cross-entropy: logits (r_chosen − m, r_rejected), label 0, a stable log-sum-exp.
"""
import numpy as np


def _logits(r_chosen, r_rejected, margin):
    c, r = np.asarray(r_chosen, dtype=np.float64), np.asarray(r_rejected, dtype=np.float64)
    if c.ndim != 1 or c.shape != r.shape or c.size == 0:
        raise ValueError("bad shapes")
    m = np.asarray(margin, dtype=np.float64)
    if m.shape not in ((), c.shape):
        raise ValueError("bad margin")
    return np.stack([c - m, r], axis=1)          # (N, 2): class 0 is the chosen answer


def bradley_terry_loss(r_chosen, r_rejected, margin=0.0):
    logits = _logits(r_chosen, r_rejected, margin)
    top = logits.max(axis=1)
    log_z = top + np.log(np.exp(logits[:, 0] - top) + np.exp(logits[:, 1] - top))
    return float(np.mean(log_z - logits[:, 0]))


def bradley_terry_grad(r_chosen, r_rejected, margin=0.0):
    logits = _logits(r_chosen, r_rejected, margin)
    top = logits.max(axis=1, keepdims=True)
    p = np.exp(logits - top)
    p /= p.sum(axis=1, keepdims=True)            # softmax; the gradient of cross-entropy is p − onehot
    n = logits.shape[0]
    return (p[:, 0] - 1.0) / n, p[:, 1] / n


def preference_accuracy(r_chosen, r_rejected):
    logits = _logits(r_chosen, r_rejected, 0.0)
    return float(np.count_nonzero(logits[:, 0] > logits[:, 1]) / logits.shape[0])
