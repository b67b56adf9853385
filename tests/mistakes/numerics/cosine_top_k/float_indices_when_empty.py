"""Returns np.array([]) for the indices when k = 0 or the corpus is empty: that is a float64 array, and the statement asks for int64 on every path.

np.array([]) defaults to float64. Return np.zeros(0, dtype=np.int64), or let the general path
handle it (np.argsort(...)[:0] is already an empty integer array).
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
    if k == 0 or len(scores) == 0:
        return np.array([]), np.array([])
    order = np.argsort(-scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
