"""idf without smoothing: ln(n / df) + 1 (scikit-learn's smooth_idf=False) instead of ln((1 + n) / (1 + df)) + 1.

The statement pins the smoothed idf: add one to both the number of documents and every document
frequency, as if one extra document held every token once.
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
    idf = np.log(n / df) + 1
    weights = counts * idf
    norms = np.sqrt((weights ** 2).sum(axis=1, keepdims=True))
    return vocabulary, np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
