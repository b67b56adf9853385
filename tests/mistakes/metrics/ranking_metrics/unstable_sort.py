"""Ties broken by an unstable sort: np.argsort(-scores) (quicksort) does not keep tied items in index order on longer rows.

The statement breaks ties by smaller index for hit@k and MRR. numpy's default sort is not stable:
pass kind="stable" (or sort by the key (−score, index)).
"""
import numpy as np


def ranking_metrics(scores, relevance, *, k):
    scores, relevance = np.asarray(scores, dtype=float), np.asarray(relevance, dtype=float)
    if scores.ndim != 2 or scores.shape != relevance.shape or scores.size == 0 or k < 1:
        raise ValueError("bad input")
    q, n = scores.shape
    m = min(k, n)
    discount = np.zeros(n)
    discount[:m] = 1.0 / np.log2(np.arange(2, m + 2))
    cum = np.concatenate([[0.0], np.cumsum(discount)])
    hits, rrs, ndcgs = [], [], []
    for i in range(q):
        rel = relevance[i]
        if not np.any(rel > 0):
            hits.append(0.0); rrs.append(0.0); ndcgs.append(0.0)
            continue
        order = np.argsort(-scores[i])
        first = int(np.argmax(rel[order] > 0))
        hits.append(1.0 if first < m else 0.0)
        rrs.append(1.0 / (first + 1))
        _, group, size = np.unique(-scores[i], return_inverse=True, return_counts=True)
        mean_gain = np.bincount(group, weights=rel, minlength=size.size) / size
        end = np.cumsum(size)
        dcg = np.sum(mean_gain * (cum[end] - cum[end - size]))
        ndcgs.append(dcg / np.sum(np.sort(rel)[::-1] * discount))
    return float(np.mean(hits)), float(np.mean(rrs)), float(np.mean(ndcgs))
