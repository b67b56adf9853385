"""Ranks by the dot product q · c_i without dividing by the norms: long vectors win whatever their direction.

Cosine similarity compares directions only: divide by ‖q‖ · ‖c_i‖ (and score zero vectors 0).
"""
import numpy as np


def cosine_top_k(query, corpus, k):
    q = np.asarray(query, dtype=float)
    C = np.asarray(corpus, dtype=float)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad input")
    scores = C @ q
    order = np.argsort(-scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
