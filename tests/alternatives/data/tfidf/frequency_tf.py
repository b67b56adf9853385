"""tf as frequency (count / document length): the L2 normalisation cancels that scale, so the result is the same."""
import numpy as np


def tfidf(documents):
    vocabulary = sorted(set().union(*documents)) if documents else []
    index = {t: j for j, t in enumerate(vocabulary)}
    n, m = len(documents), len(vocabulary)
    tf = np.zeros((n, m))
    rows = [i for i, d in enumerate(documents) for _ in d]
    cols = [index[t] for d in documents for t in d]
    np.add.at(tf, (np.array(rows, dtype=int), np.array(cols, dtype=int)), 1.0)
    lengths = np.array([max(len(d), 1) for d in documents], dtype=float).reshape(n, 1)
    tf = tf / lengths
    df = np.sum(tf > 0, axis=0)
    weights = tf * (np.log1p(n) - np.log1p(df) + 1.0)
    norms = np.linalg.norm(weights, axis=1)
    norms[norms == 0] = 1.0
    return vocabulary, weights / norms[:, None]
