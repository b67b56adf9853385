"""Takes the first k of np.argsort(scores), which sorts ascending: it returns the k LEAST similar rows.

np.argsort sorts from smallest to largest. Sort on −scores (with kind="stable" so ties keep
index order) and take the first k.
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
    order = np.argsort(scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
