"""H = logsumexp(z) − Σ p z, with np.logaddexp.reduce; the gradient through p (z − E_p[z])."""
import numpy as np


def _probs(z):
    lse = np.logaddexp.reduce(z, axis=-1, keepdims=True)
    return np.exp(z - lse), lse


def token_entropy(logits):
    p, lse = _probs(logits)
    return lse[..., 0] - (p * logits).sum(axis=-1)


def mean_entropy(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError("mask must be logits.shape[:2]")
    kept = token_entropy(logits)[mask]
    return float(kept.mean()) if kept.size else 0.0


def mean_entropy_grad(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError("mask must be logits.shape[:2]")
    p, _ = _probs(logits)
    centred = logits - (p * logits).sum(axis=-1, keepdims=True)
    grad = -p * centred                 # −p (log p + H) = −p (z − E_p[z])
    n = mask.sum()
    out = np.zeros(logits.shape)
    if n:
        out[mask] = grad[mask] / n
    return out
