"""Returns empty arrays for k = 0 before checking the shapes of query and corpus.

Mismatched shapes are an error whatever k is: validate first, then return the empty result.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def cosine_top_k(query, corpus, k):
    
    if k == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
    q = np.asarray(query, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    if k < 0:
        raise ValueError(f"k must be ≥ 0, got {k}")
    if C.ndim != 2 or q.ndim != 1 or C.shape[1] != q.shape[0]:
        raise ValueError(f"expected query (d,) and corpus (n, d), got {q.shape} and {C.shape}")
    norms = np.linalg.norm(C, axis=1) * np.linalg.norm(q)
    dots = C @ q
    # Zero vectors score 0: divide only where the product of norms is positive.
    scores = np.zeros(len(C))
    np.divide(dots, norms, out=scores, where=norms > 0)
    # A stable sort on −score keeps equal scores in index order (smallest index first).
    order = np.argsort(-scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
    
