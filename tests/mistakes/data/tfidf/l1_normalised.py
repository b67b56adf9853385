"""Rows L1-normalised (divided by the sum of their entries) instead of by their Euclidean norm.

The statement pins L2: divide each row by sqrt(sum of its squared entries), so its Euclidean length
is 1 (cosine similarity is then a dot product).
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
    sums = weights.sum(axis=1, keepdims=True)
    return vocabulary, np.divide(weights, sums, out=np.zeros_like(weights), where=sums > 0)
