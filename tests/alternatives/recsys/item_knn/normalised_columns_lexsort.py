"""Unit-norm columns first (cosine = a plain product), shrinkage by broadcasting, ranking with np.lexsort."""
import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2 or (R < 0).any() or shrinkage < 0:
        raise ValueError("bad input")
    norms = np.linalg.norm(R, axis=0)
    unit = R / np.where(norms > 0, norms, 1.0)
    B = (R > 0).astype(float)
    co = B.T @ B
    S = (unit.T @ unit) * np.where(co > 0, co / np.where(co > 0, co + shrinkage, 1.0), 0.0)
    S[np.arange(R.shape[1]), np.arange(R.shape[1])] = 0.0
    return S


def recommend(R, user, *, shrinkage, n):
    R = np.asarray(R, dtype=float)
    S = item_similarity(R, shrinkage=shrinkage)
    if not (0 <= user < R.shape[0]) or n < 1:
        raise ValueError("bad input")
    scores = np.round(R[user] @ S, 9)
    unseen = np.nonzero(R[user] == 0)[0]
    order = np.lexsort((unseen, -scores[unseen]))   # last key first: −score, then index
    return np.array(unseen[order][:n], dtype=np.int64)
