"""Plain Python loops over item pairs and a sort by (−score, index)."""
import math

import numpy as np


def item_similarity(R, *, shrinkage):
    R = np.array(R, dtype=float)
    if R.ndim != 2:
        raise ValueError("R must be 2-D")
    if (R < 0).any() or shrinkage < 0:
        raise ValueError("negative entry or shrinkage")
    n_users, n_items = R.shape
    cols = [R[:, i].tolist() for i in range(n_items)]
    norms = [math.sqrt(sum(x * x for x in c)) for c in cols]
    S = np.zeros((n_items, n_items))
    for i in range(n_items):
        for j in range(n_items):
            if i == j:
                continue
            both = sum(1 for a, b in zip(cols[i], cols[j]) if a > 0 and b > 0)
            if both == 0:
                continue
            dot = sum(a * b for a, b in zip(cols[i], cols[j]))
            S[i, j] = dot / (norms[i] * norms[j]) * both / (both + shrinkage)
    return S


def recommend(R, user, *, shrinkage, n):
    S = item_similarity(R, shrinkage=shrinkage)
    R = np.array(R, dtype=float)
    if user < 0 or user >= R.shape[0] or n < 1:
        raise ValueError("bad user or n")
    row = R[user].tolist()
    scores = {j: round(sum(row[i] * S[i, j] for i in range(len(row))), 9) for j in range(len(row)) if row[j] == 0}
    ranked = sorted(scores, key=lambda j: (-scores[j], j))
    return np.array(ranked[:n], dtype=np.int64)
