"""Counts only non-empty documents in n: an empty document still is a document, and it changes every idf.

n is len(documents), empty ones included; they make every token a little rarer.
"""
import numpy as np


def tfidf(documents):
    vocabulary = sorted({t for d in documents for t in d})
    col = {t: j for j, t in enumerate(vocabulary)}
    n = sum(1 for d in documents if d)
    counts = np.zeros((len(documents), len(vocabulary)))
    for i, d in enumerate(documents):
        for t in d:
            counts[i, col[t]] += 1
    df = (counts > 0).sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1
    weights = counts * idf
    norms = np.sqrt((weights ** 2).sum(axis=1, keepdims=True))
    return vocabulary, np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
