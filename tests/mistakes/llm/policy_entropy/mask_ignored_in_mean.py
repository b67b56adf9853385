"""The mean runs over every position, ignoring the mask (prompt and padding count).

Only the True entries of the mask count: Σ H · mask / Σ mask.
"""
import numpy as np


def _log_softmax(logits):
    top = logits.max(axis=-1, keepdims=True)
    shifted = logits - top
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def token_entropy(logits):
    log_p = _log_softmax(logits)
    p = np.exp(log_p)
    # p · log p is 0 where p underflows to 0 and log p is finite: no 0 · (−inf)
    return -(p * log_p).sum(axis=-1)


def mean_entropy(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError(f"mask {mask.shape} does not match logits {logits.shape}")
    count = int(mask.sum())
    if count == 0:
        return 0.0
    return float(token_entropy(logits).mean())


def mean_entropy_grad(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError(f"mask {mask.shape} does not match logits {logits.shape}")
    log_p = _log_softmax(logits)
    p = np.exp(log_p)
    entropy = -(p * log_p).sum(axis=-1, keepdims=True)
    grad = -p * (log_p + entropy)                  # ∂H/∂z at every position
    weight = mask / max(int(mask.sum()), 1)        # the masked mean's weight per position
    return grad * weight[..., None]
