"""Divides by the product of the norms without a guard: an item nobody rated gets NaN similarities.

A column of zeros has norm 0, and 0/0 is NaN. The statement sets cos = 0 when either norm is 0
(and S = 0 when the items share no user).
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or np.any(R < 0) or shrinkage < 0:
        raise ValueError("bad input")
    norms = np.sqrt((R * R).sum(axis=0))
    with np.errstate(invalid="ignore", divide="ignore"):
        cos = (R.T @ R) / np.outer(norms, norms)
    B = (R > 0).astype(float)
    co = B.T @ B
    S = cos * co / (co + shrinkage) if shrinkage > 0 else cos
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
