"""Per query, loops; NDCG ties by brute force over the tie groups: the mean gain at each position of the group."""
import math

import numpy as np


def ranking_metrics(scores, relevance, *, k):
    scores = np.array(scores, dtype=float)
    relevance = np.array(relevance, dtype=float)
    if scores.ndim != 2 or relevance.shape != scores.shape or 0 in scores.shape or k < 1:
        raise ValueError("bad input")
    q, n = scores.shape
    top = min(k, n)
    total_hit = total_rr = total_ndcg = 0.0
    for row, rel in zip(scores.tolist(), relevance.tolist()):
        if max(rel) <= 0:
            continue
        order = sorted(range(n), key=lambda j: (-row[j], j))
        first = next(pos for pos, j in enumerate(order, start=1) if rel[j] > 0)
        total_hit += 1.0 if first <= top else 0.0
        total_rr += 1.0 / first
        # position-by-position gains: each position gets the mean relevance of its tie group
        gains = []
        for pos, j in enumerate(order):
            group = [t for t in range(n) if row[t] == row[j]]
            gains.append(sum(rel[t] for t in group) / len(group))
        dcg = sum(g / math.log2(r + 2) for r, g in enumerate(gains[:top]))
        ideal = sum(g / math.log2(r + 2) for r, g in enumerate(sorted(rel, reverse=True)[:top]))
        total_ndcg += dcg / ideal
    return total_hit / q, total_rr / q, total_ndcg / q
