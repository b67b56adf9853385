"""collections.Counter per document and for document frequencies; rows filled from dicts."""
import math
from collections import Counter

import numpy as np


def tfidf(documents):
    tfs = [Counter(d) for d in documents]
    df = Counter()
    for tf in tfs:
        df.update(tf.keys())
    vocabulary = sorted(df)
    n = len(documents)
    idf = {t: math.log((1 + n) / (1 + df[t])) + 1 for t in vocabulary}
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float64)
    for i, tf in enumerate(tfs):
        row = [tf[t] * idf[t] for t in vocabulary]
        norm = math.sqrt(sum(v * v for v in row))
        if norm > 0:
            matrix[i] = [v / norm for v in row]
    return vocabulary, matrix
