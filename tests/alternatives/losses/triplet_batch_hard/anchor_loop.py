"""One anchor at a time: lists of positive and negative distances, max and min, skipping anchors that lack either."""
import math

import numpy as np


def batch_hard_triplet_loss(embeddings, labels, margin=0.2, squared=False):
    x = np.asarray(embeddings, dtype=np.float64)
    y = np.asarray(labels)
    if x.ndim != 2 or x.shape[1] < 1 or y.shape != (len(x),) or margin < 0:
        raise ValueError("invalid arguments")
    terms = []
    for i in range(len(x)):
        pos, neg = [], []
        for j in range(len(x)):
            if j == i:
                continue
            d2 = float(np.sum((x[i] - x[j]) ** 2))
            d = d2 if squared else math.sqrt(d2)
            (pos if y[j] == y[i] else neg).append(d)
        if pos and neg:
            terms.append(max(0.0, max(pos) - min(neg) + margin))
    return sum(terms) / len(terms) if terms else 0.0
