"""Counts the users who rated item i OR item j in the shrinkage, instead of those who rated both.

n_ij is the number of co-raters: users with R[u, i] > 0 AND R[u, j] > 0, the users the
cosine's dot product actually rests on.
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or np.any(R < 0) or shrinkage < 0:
        raise ValueError("bad input")
    norms = np.sqrt((R * R).sum(axis=0))
    outer = np.outer(norms, norms)
    cos = np.divide(R.T @ R, outer, out=np.zeros((R.shape[1], R.shape[1])), where=outer > 0)
    B = (R > 0).astype(float)
    either = B.shape[0] - (1 - B).T @ (1 - B)
    S = np.divide(cos * either, either + shrinkage, out=np.zeros_like(cos), where=either + shrinkage > 0)
    np.fill_diagonal(S, 0.0)
    return S


def recommend(R, user, *, shrinkage, n):
    R = np.asarray(R, dtype=float)
    S = item_similarity(R, shrinkage=shrinkage)
    if not 0 <= user < R.shape[0] or n < 1:
        raise ValueError("bad input")
    scores = np.round(R[user] @ S, 9)
    unseen = np.flatnonzero(R[user] == 0)
    return unseen[np.argsort(-scores[unseen], kind="stable")[:n]].astype(np.int64)
