"""Counts the normaliser first, then loops token by token inside each micro-batch."""
import math

import numpy as np


def sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type):
    if micro_batch_size < 1:
        raise ValueError("micro_batch_size must be >= 1")
    if loss_type not in ("token", "sequence"):
        raise ValueError("bad loss_type")
    B, T, _ = features.shape
    total = int(loss_mask.sum())
    grad = np.zeros_like(W, dtype=np.float64)
    parts = []
    for start in range(0, B, micro_batch_size):
        part = 0.0
        for b in range(start, min(start + micro_batch_size, B)):
            kept = int(loss_mask[b].sum())
            for t in range(T):
                if not loss_mask[b, t]:
                    continue
                w = 1.0 / total if loss_type == "token" else 1.0 / (kept * B)
                z = features[b, t] @ W
                m = z.max()
                lse = m + math.log(np.exp(z - m).sum())
                part += w * (lse - z[targets[b, t]])
                p = np.exp(z - lse)
                p[targets[b, t]] -= 1.0
                grad += w * np.outer(features[b, t], p)
        parts.append(part)
    parts = np.array(parts, dtype=np.float64)
    return W - learning_rate * grad, float(parts.sum()), parts
