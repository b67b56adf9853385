"""Computes the cosine as dot / sqrt(‖a‖² · ‖b‖²): the product of squared norms overflows or underflows.

With ratings scaled by 1e120 the product ‖a‖²·‖b‖² is 1e480 = inf (similarity 0); scaled by
1e-120 it is 0 (division by zero). Multiply the norms, not their squares: dot / (‖a‖ · ‖b‖).
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or np.any(R < 0) or shrinkage < 0:
        raise ValueError("bad input")
    squares = (R * R).sum(axis=0)
    with np.errstate(over="ignore"):
        outer = np.sqrt(np.outer(squares, squares))
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
    return unseen[np.argsort(-scores[unseen], kind="stable")[:n]].astype(np.int64)
