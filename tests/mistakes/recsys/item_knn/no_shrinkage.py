"""Leaves out the shrinkage: S is the plain cosine whatever `shrinkage` is.

The statement multiplies the cosine by n_ij / (n_ij + shrinkage), n_ij the number of users who
rated both items: items that share few users are pulled towards 0.
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or np.any(R < 0) or shrinkage < 0:
        raise ValueError("bad input")
    norms = np.sqrt((R * R).sum(axis=0))
    outer = np.outer(norms, norms)
    S = np.divide(R.T @ R, outer, out=np.zeros((R.shape[1], R.shape[1])), where=outer > 0)
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
