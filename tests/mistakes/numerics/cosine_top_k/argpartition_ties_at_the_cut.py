"""Takes the top m with np.argpartition(-scores, m - 1)[:m], then sorts them: a row tied with the m-th score but of smaller index can be left out.

argpartition guarantees only that the m kept scores are the largest, not WHICH of several rows
tied at the cut it keeps. Keep every row scoring at least the m-th best score, then sort those
by (−score, index) and cut to m; or simply use a stable sort of the whole ranking.
"""
import numpy as np


def cosine_top_k(query, corpus, k):
    q = np.asarray(query, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad arguments")
    denominator = np.linalg.norm(q) * np.linalg.norm(C, axis=1)
    scores = np.where(denominator > 0, (C @ q) / np.where(denominator > 0, denominator, 1.0), 0.0)
    n = len(scores)
    m = min(k, n)
    if m == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=np.float64)
    top = np.argpartition(-scores, m - 1)[:m] if m < n else np.arange(n)
    top = top[np.argsort(-scores[top], kind="stable")]
    return top.astype(np.int64), scores[top]
