"""Treats k = 0 as "no limit" (order[:k or None], or order[-k:]): k = 0 returns every row instead of none.

k = 0 asks for zero results: two empty arrays. Slice with order[:k] and nothing else.
"""
import numpy as np


def _scores(query, corpus, k):
    q = np.asarray(query, dtype=float)
    C = np.asarray(corpus, dtype=float)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad input")
    norms = np.linalg.norm(C, axis=1) * np.linalg.norm(q)
    scores = np.zeros(len(C))
    np.divide(C @ q, norms, out=scores, where=norms > 0)
    return scores


def cosine_top_k(query, corpus, k):
    scores = _scores(query, corpus, k)
    order = np.argsort(-scores, kind="stable")[:k or None]
    return order.astype(np.int64), scores[order]
