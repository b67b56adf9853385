"""Normalise the rows and the query first (zero vectors stay zero), then np.lexsort by (−score, index)."""
import numpy as np


def _unit(x):
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return np.where(norm > 0, x / np.where(norm > 0, norm, 1.0), 0.0)


def cosine_top_k(query, corpus, k):
    if k < 0:
        raise ValueError("k must be non-negative")
    q = np.asarray(query, dtype=float)
    C = np.asarray(corpus, dtype=float)
    if C.ndim != 2 or C.shape[1] != q.size:
        raise ValueError("dimension mismatch")
    scores = _unit(C) @ _unit(q)
    order = np.lexsort((np.arange(len(scores)), -scores))[: min(k, len(scores))]
    return np.asarray(order, dtype=np.int64), np.asarray(scores[order], dtype=np.float64)
