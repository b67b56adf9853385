"""Loops over positions; the gradient as the softmax Jacobian (diag p − p pᵀ) times ∂H/∂p = −(log p + 1)."""
import numpy as np


def _log_softmax(row):
    m = row.max()
    return row - m - np.log(np.sum(np.exp(row - m)))


def token_entropy(logits):
    B, T, _ = logits.shape
    out = np.empty((B, T))
    for b in range(B):
        for t in range(T):
            lp = _log_softmax(logits[b, t])
            out[b, t] = -np.sum(np.exp(lp) * lp)
    return out


def mean_entropy(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError("mask must be logits.shape[:2]")
    h = token_entropy(logits)
    n = int(np.count_nonzero(mask))
    return 0.0 if n == 0 else float(sum(h[b, t] for b, t in zip(*np.nonzero(mask))) / n)


def mean_entropy_grad(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError("mask must be logits.shape[:2]")
    out = np.zeros(logits.shape)
    n = int(np.count_nonzero(mask))
    for b, t in zip(*np.nonzero(mask)):
        lp = _log_softmax(logits[b, t])
        p = np.exp(lp)
        jacobian = np.diag(p) - np.outer(p, p)
        out[b, t] = jacobian @ (-(lp + 1.0)) / n
    return out
