"""A loop over the entries with math.log1p, summed with math.fsum, divided by the count."""
import math

import numpy as np


def bce_with_logits(logits, targets):
    logits, targets = np.asarray(logits), np.asarray(targets)
    if logits.shape != targets.shape:
        raise ValueError("shape mismatch")
    if logits.size == 0:
        raise ValueError("empty batch")
    losses = []
    for z, y in zip(logits.ravel().tolist(), targets.ravel().tolist()):
        if z >= 0:
            losses.append(z * (1 - y) + math.log1p(math.exp(-z)))
        else:
            losses.append(-z * y + math.log1p(math.exp(z)))
    return math.fsum(losses) / len(losses)
