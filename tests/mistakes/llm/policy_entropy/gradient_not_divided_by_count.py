"""The gradient is of the SUM of the kept entropies: it misses the 1/count of the mean.

mean_entropy divides by the number of kept tokens, so its gradient does too.
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
    return float(np.where(mask, token_entropy(logits), 0.0).sum() / count)


def mean_entropy_grad(logits, mask):
    if mask.shape != logits.shape[:2]:
        raise ValueError(f"mask {mask.shape} does not match logits {logits.shape}")
    log_p = _log_softmax(logits)
    p = np.exp(log_p)
    entropy = -(p * log_p).sum(axis=-1, keepdims=True)
    grad = -p * (log_p + entropy)                  # ∂H/∂z at every position
    weight = mask * 1.0       # the masked mean's weight per position
    return grad * weight[..., None]
