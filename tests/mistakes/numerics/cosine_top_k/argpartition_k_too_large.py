"""Uses np.argpartition(-scores, k - 1) for speed: with k > n it raises "kth(=…) out of bounds" instead of returning all n rows.

argpartition needs 0 ≤ kth < n. Cap k first, m = min(k, n), then partition on m − 1 (when
m > 0) and sort those m rows by (−score, index).
"""
import numpy as np


def _scores(query, corpus, k):
    q = np.asarray(query, dtype=float)
    C = np.asarray(corpus, dtype=float)
    if k < 0 or C.ndim != 2 or C.shape[1] != q.shape[0]:
        raise ValueError("bad input")
    norms = np.linalg.norm(C, axis=1) * np.linalg.norm(q)
    scores = np.zeros(len(C))
    np.divide(C @ q, norms, out=scores, where=norms > 0)
    return scores


NAMED_BY_MESSAGE = "out of bounds"


def cosine_top_k(query, corpus, k):
    scores = _scores(query, corpus, k)
    if k == 0 or len(scores) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.lexsort((top, -scores[top]))]
    return top.astype(np.int64), scores[top]
