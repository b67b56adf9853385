"""Divides by the norms without a guard: a zero vector gives 0/0 = nan instead of the stated score 0.

A zero vector has no direction; the statement scores it 0.0. Divide only where the norm
product is positive, e.g. np.divide(dots, norms, out=np.zeros(n), where=norms > 0).
"""
import numpy as np


def cosine_top_k(query, corpus, k):
    q = np.asarray(query, dtype=float)
    C = np.asarray(corpus, dtype=float)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad input")
    with np.errstate(invalid="ignore"):
        scores = (C @ q) / (np.linalg.norm(C, axis=1) * np.linalg.norm(q))
    order = np.argsort(-scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
