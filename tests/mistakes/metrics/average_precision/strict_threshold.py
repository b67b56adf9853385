"""Strict threshold: predicted positive means score > t instead of score ≥ t, so every threshold misses its own samples and the lowest-scoring positives are never recalled.

At threshold t, a sample whose score equals t is predicted positive (score ≥ t). The thresholds
are the scores themselves, so with > the top threshold predicts nothing.
"""
import numpy as np


def average_precision(y_true, y_score):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    n_pos = int(np.sum(y_true))
    if n_pos == 0:
        return 0.0
    ap, previous_recall = 0.0, 0.0
    for t in np.unique(y_score)[::-1]:
        predicted = y_score > t
        tp = int(np.sum(predicted & (y_true == 1)))
        precision = tp / predicted.sum() if predicted.sum() else 0.0
        recall = tp / n_pos
        ap += (recall - previous_recall) * precision
        previous_recall = recall
    return float(ap)
