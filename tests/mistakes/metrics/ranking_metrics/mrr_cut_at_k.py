"""MRR cut at k: the reciprocal rank is set to 0 when the first relevant item is below position k.

MRR here has no cutoff: it uses the position of the first relevant item in the whole ranking.
"""
import numpy as np


def ranking_metrics(scores, relevance, *, k):
    scores, relevance = np.asarray(scores, dtype=float), np.asarray(relevance, dtype=float)
    if scores.ndim != 2 or scores.shape != relevance.shape or scores.size == 0 or k < 1:
        raise ValueError("bad input")
    q, n = scores.shape
    m = min(k, n)
    discount = np.zeros(n)
    discount[:m] = 1.0 / np.log2(np.arange(2, m + 2))  # DISCOUNT
    cum = np.concatenate([[0.0], np.cumsum(discount)])
    hits, rrs, ndcgs = [], [], []
    for i in range(q):
        rel = relevance[i]
        if not np.any(rel > 0):
            hits.append(0.0); rrs.append(0.0); ndcgs.append(0.0)  # EMPTY
            continue
        order = np.argsort(-scores[i], kind="stable")  # ORDER
        first = int(np.argmax(rel[order] > 0))
        hits.append(1.0 if first < m else 0.0)
        rrs.append(1.0 / (first + 1) if first < m else 0.0)  # RR
        gain = rel  # GAIN
        _, group, size = np.unique(-scores[i], return_inverse=True, return_counts=True)
        mean_gain = np.bincount(group, weights=gain, minlength=size.size) / size
        end = np.cumsum(size)
        dcg = np.sum(mean_gain * (cum[end] - cum[end - size]))  # DCG
        ideal = np.sum(np.sort(gain)[::-1] * discount)  # IDEAL
        ndcgs.append(dcg / ideal)  # NDCG
    return float(np.mean(hits)), float(np.mean(rrs)), float(np.mean(ndcgs))
