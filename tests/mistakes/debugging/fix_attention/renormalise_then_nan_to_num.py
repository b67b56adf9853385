"""Padding weights zeroed after the softmax, renormalised, NaN replaced by 0

The statement sets padding scores to −∞ BEFORE the softmax. Zeroing afterwards and renormalising is not the same in floating point: when a padding key's score is far larger than the real keys', their weights underflow (to subnormals, or to exactly 0) before you renormalise, and the row loses them; nan_to_num then hides the 0/0. Mask the scores, then take the softmax.
"""
import numpy as np


def softmax(scores):
    """Softmax over the last axis; a row that is all −∞ gives zeros."""
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)   # a row of −∞ only: subtract 0
    exps = np.exp(scores - row_max)
    totals = exps.sum(axis=-1, keepdims=True)
    return exps / np.where(totals > 0, totals, 1.0)           # a row of −∞ only stays 0


def causal_mask(n_queries, n_keys):
    """True where query i may attend key j."""
    offset = n_keys - n_queries            # query i sits at position i + offset
    return np.tril(np.ones((n_queries, n_keys), dtype=bool), k=offset)


def attention(q, k, v, *, padding_mask=None, causal=False):
    scale = 1.0 / np.sqrt(k.shape[-1])
    scores = (q @ k.T) * scale
    if causal:
        scores = np.where(causal_mask(len(q), len(k)), scores, -np.inf)
    weights = softmax(scores)
    if padding_mask is not None:
        weights = np.where(padding_mask, weights, 0.0)
        weights = np.nan_to_num(weights / weights.sum(axis=-1, keepdims=True))
    return weights @ v
