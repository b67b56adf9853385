"""PyTorch's own rearrangement: (1 − y)·z + max(−z, 0) + log1p(exp(−|z|))."""
import numpy as np


def bce_with_logits(logits, targets):
    z = np.array(logits, dtype=float)
    y = np.array(targets, dtype=float)
    if z.shape != y.shape:
        raise ValueError(f"target size {y.shape} differs from input size {z.shape}")
    if not z.size:
        raise ValueError("empty input")
    loss = (1 - y) * z + np.maximum(-z, 0) + np.log1p(np.exp(-np.abs(z)))
    return loss.mean().item()
