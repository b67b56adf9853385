"""A 0/1 hit vector per user and np.cumsum for the precision at every rank."""
import numpy as np


def topn_metrics(recommended, relevant, *, k):
    if k < 1 or len(recommended) != len(relevant):
        raise ValueError("k or lengths")
    rows = []
    for ranked, wanted in zip(recommended, relevant):
        ranked = np.asarray(ranked, dtype=np.int64).reshape(-1)
        wanted = np.unique(np.asarray(wanted, dtype=np.int64))
        if np.unique(ranked).size != ranked.size:
            raise ValueError("repeated item")
        if wanted.size == 0:
            continue
        hit = np.isin(ranked[:k], wanted).astype(float)
        ranks = np.arange(1, hit.size + 1)
        precision_at_rank = np.cumsum(hit) / ranks
        rows.append((hit.sum() / k, hit.sum() / wanted.size, float(np.sum(precision_at_rank * hit)) / wanted.size))
    if not rows:
        raise ValueError("no relevant items")
    means = np.mean(np.array(rows), axis=0)
    return float(means[0]), float(means[1]), float(means[2])
