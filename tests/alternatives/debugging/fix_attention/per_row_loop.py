"""One row at a time: the keys a query may see are picked out first, and the softmax runs over them alone."""
import numpy as np


def softmax(scores):
    """Softmax over the last axis; a row that is all −∞ gives zeros."""
    scores = np.asarray(scores, dtype=np.float64)
    out = np.zeros_like(scores)
    for index in np.ndindex(scores.shape[:-1]):
        row = scores[index]
        finite = np.isfinite(row)
        if finite.any():
            exps = np.exp(row[finite] - row[finite].max())
            out[index][finite] = exps / exps.sum()
    return out


def causal_mask(n_queries, n_keys):
    """True where query i may attend key j."""
    return np.array([[j <= i + n_keys - n_queries for j in range(n_keys)] for i in range(n_queries)], dtype=bool)


def attention(q, k, v, *, padding_mask=None, causal=False):
    n_queries, n_keys = len(q), len(k)
    allowed = np.ones((n_queries, n_keys), dtype=bool)
    if causal:
        allowed &= causal_mask(n_queries, n_keys)
    if padding_mask is not None:
        allowed &= np.asarray(padding_mask, dtype=bool)
    out = np.zeros((n_queries, v.shape[1]))
    for i in range(n_queries):
        seen = np.flatnonzero(allowed[i])
        if seen.size == 0:
            continue
        scores = (k[seen] @ q[i]) / np.sqrt(k.shape[1])
        weights = np.exp(scores - scores.max())
        out[i] = (weights / weights.sum()) @ v[seen]
    return out
