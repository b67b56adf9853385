"""Mann–Whitney U with average ranks for ties: O(n log n)."""
import numpy as np


def roc_auc(y_true, y_score):
    y_true = np.asarray(y_true)
    y_score = np.asarray(y_score, dtype=float)
    if len(y_true) != len(y_score):
        raise ValueError("lengths differ")
    if not set(np.unique(y_true).tolist()) <= {0, 1}:
        raise ValueError("labels must be 0/1")
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    values, inverse, counts = np.unique(y_score, return_inverse=True, return_counts=True)
    # ranks 1..n; a tie group occupying ranks a+1..a+c gets their mean a + (c + 1)/2
    before = np.cumsum(counts) - counts
    mean_rank = before + (counts + 1) / 2
    ranks = mean_rank[inverse]
    u = ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))
