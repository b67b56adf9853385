"""Vectorised over queries for hit@k and MRR; NDCG with tie groups found after one sort per row."""
import numpy as np


def ranking_metrics(scores, relevance, *, k):
    scores = np.asarray(scores, dtype=np.float64)
    relevance = np.asarray(relevance, dtype=np.float64)
    if scores.ndim != 2 or scores.shape != relevance.shape or scores.shape[0] == 0 or scores.shape[1] == 0:
        raise ValueError("bad shapes")
    if k < 1:
        raise ValueError("bad k")
    q, n = scores.shape
    m = min(k, n)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranked_rel = np.take_along_axis(relevance, order, axis=1)
    ranked_scores = np.take_along_axis(scores, order, axis=1)
    has = (ranked_rel > 0).any(axis=1)
    first = np.argmax(ranked_rel > 0, axis=1)
    hit = np.where(has & (first < m), 1.0, 0.0)
    rr = np.where(has, 1.0 / (first + 1), 0.0)

    discount = np.where(np.arange(n) < m, 1.0 / np.log2(np.arange(n) + 2.0), 0.0)
    ideal = (-np.sort(-relevance, axis=1) * discount).sum(axis=1)
    dcg = np.zeros(q)
    for i in range(q):
        # boundaries of runs of equal scores in rank order
        starts = np.r_[0, np.flatnonzero(np.diff(ranked_scores[i]) != 0) + 1]
        ends = np.r_[starts[1:], n]
        for a, b in zip(starts, ends):
            dcg[i] += ranked_rel[i, a:b].mean() * discount[a:b].sum()
    ndcg = np.divide(dcg, ideal, out=np.zeros(q), where=ideal > 0)
    return float(hit.mean()), float(rr.mean()), float(ndcg.mean())
