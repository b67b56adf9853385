"""Binary tf: a token counts once per document however often it occurs.

tf is the raw count: a token appearing three times contributes three times its idf before the
row is normalised.
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
    counts = (counts > 0).astype(float)
    weights = counts * idf
    norms = np.sqrt((weights ** 2).sum(axis=1, keepdims=True))
    return vocabulary, np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
