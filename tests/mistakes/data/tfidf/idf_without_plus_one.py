"""Smoothed idf without the final + 1: ln((1 + n) / (1 + df)) gives a token in every document weight 0.

scikit-learn adds 1 to the smoothed log so that such a token keeps idf 1:
idf = ln((1 + n) / (1 + df)) + 1.
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
    idf = np.log((1 + n) / (1 + df))
    weights = counts * idf
    norms = np.sqrt((weights ** 2).sum(axis=1, keepdims=True))
    return vocabulary, np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
