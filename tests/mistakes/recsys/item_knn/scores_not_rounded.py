"""Ranks the raw scores R[user] @ S without rounding them to 9 decimals first.

Two scores equal in exact arithmetic (here √(2/3) for two items) can come out a few ulps apart
from a matrix product, and then the larger index may win the tie. The statement ranks by
np.round(score, 9), so that such scores tie and the smaller index comes first.
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or np.any(R < 0) or shrinkage < 0:
        raise ValueError("bad input")
    norms = np.linalg.norm(R, axis=0)
    outer = np.outer(norms, norms)
    cos = np.divide(R.T @ R, outer, out=np.zeros((R.shape[1], R.shape[1])), where=outer > 0)
    B = (R > 0).astype(float)
    co = B.T @ B
    S = cos * np.divide(co, co + shrinkage, out=np.zeros_like(co), where=co > 0)
    np.fill_diagonal(S, 0.0)
    return S


def recommend(R, user, *, shrinkage, n):
    R = np.asarray(R, dtype=float)
    S = item_similarity(R, shrinkage=shrinkage)
    if not 0 <= user < R.shape[0] or n < 1:
        raise ValueError("bad input")
    scores = R[user] @ S
    unseen = np.flatnonzero(R[user] == 0)
    return unseen[np.lexsort((unseen, -scores[unseen]))[:n]].astype(np.int64)
