"""np.argpartition on min(k, n) − 1 to find the top m, then a stable sort of just those m by (−score, index)."""
import numpy as np


def cosine_top_k(query, corpus, k):
    q = np.asarray(query, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad arguments")
    denominator = np.sqrt((C * C).sum(axis=1)) * np.sqrt(q @ q)
    safe = np.where(denominator > 0, denominator, 1.0)
    scores = np.where(denominator > 0, (C @ q) / safe, 0.0)
    m = min(k, len(scores))
    if m == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    # Everything scoring at least the m-th best score, so ties at the cut are all candidates.
    threshold = -np.partition(-scores, m - 1)[m - 1]
    candidates = np.flatnonzero(scores >= threshold)
    ranked = candidates[np.lexsort((candidates, -scores[candidates]))][:m]
    return ranked.astype(np.int64), scores[ranked]
