"""Sparse rows as dicts {token: weight}, math.log, and the dense matrix built from lists at the end."""
import math

import numpy as np


def tfidf(documents):
    n = len(documents)
    df = {}
    rows = []
    for document in documents:
        counts = {}
        for token in document:
            counts[token] = counts.get(token, 0) + 1
        for token in counts:
            df[token] = df.get(token, 0) + 1
        rows.append(counts)
    vocabulary = sorted(df)
    dense = []
    for counts in rows:
        weights = {t: c * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        dense.append([weights.get(t, 0.0) / norm for t in vocabulary])
    return vocabulary, np.array(dense, dtype=np.float64).reshape(n, len(vocabulary))
