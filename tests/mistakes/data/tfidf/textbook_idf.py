"""Textbook idf ln(n / df): a token in every document gets weight 0, and there is no smoothing.

The statement pins idf = ln((1 + n) / (1 + df)) + 1: the + 1 outside the log keeps a token that
occurs everywhere from vanishing, and the 1 + inside avoids dividing by zero.
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
    idf = np.log(n / df)
    weights = counts * idf
    norms = np.sqrt((weights ** 2).sum(axis=1, keepdims=True))
    return vocabulary, np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
