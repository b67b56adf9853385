"""Divides each score by Σ_i |S[i, j]| over the user's items (the weighted-average form).

That form predicts a rating; the statement's score is the plain sum R[user] @ S, which also
rewards items close to MANY of the user's items.
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
    co = B.T @ B
    S = np.divide(cos * co, co + shrinkage, out=np.zeros_like(cos), where=co > 0)
    np.fill_diagonal(S, 0.0)
    return S


def recommend(R, user, *, shrinkage, n):
    R = np.asarray(R, dtype=float)
    S = item_similarity(R, shrinkage=shrinkage)
    if not 0 <= user < R.shape[0] or n < 1:
        raise ValueError("bad input")
    seen = (R[user] > 0).astype(float)
    weight = seen @ np.abs(S)
    scores = np.round(np.divide(R[user] @ S, weight, out=np.zeros_like(weight), where=weight > 0), 9)
    unseen = np.flatnonzero(R[user] == 0)
    return unseen[np.argsort(-scores[unseen], kind="stable")[:n]].astype(np.int64)
