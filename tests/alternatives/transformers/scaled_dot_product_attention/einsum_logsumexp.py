"""einsum for the products; the softmax as exp(scores − logsumexp), fully masked rows zeroed at the end."""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = np.einsum("...qd,...kd->...qk", q, k) * (1.0 / np.sqrt(q.shape[-1]))
    allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.broadcast_to(mask, scores.shape)
    any_allowed = allowed.any(axis=-1, keepdims=True)
    # fill masked entries with the row's smallest allowed score (any finite value works: they are zeroed below)
    filled = np.where(allowed, scores, np.inf).min(axis=-1, keepdims=True)
    filled = np.where(any_allowed, filled, 0.0)
    safe = np.where(allowed, scores, filled)
    top = np.where(allowed, safe, -np.inf).max(axis=-1, keepdims=True)
    top = np.where(any_allowed, top, 0.0)
    exps = np.exp(safe - top) * allowed
    lse = np.log(np.maximum(exps.sum(axis=-1, keepdims=True), np.finfo(float).tiny))
    weights = np.where(allowed & any_allowed, np.exp(safe - top - lse), 0.0)
    return np.einsum("...qk,...kv->...qv", weights, v), weights
