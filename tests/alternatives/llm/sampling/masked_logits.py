"""Filters as −inf masks on the logits (Hugging Face style), top-p kept where the mass BEFORE a token is < top_p; one vectorised draw.
"""
import numpy as np


def _softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def sampling_distribution(logits, *, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    if top_k is not None and top_k < 1:
        raise ValueError("top_k must be >= 1")
    if top_p is not None and (top_p <= 0 or top_p > 1):
        raise ValueError("top_p must be in (0, 1]")
    logits = np.array(logits, dtype=float)
    if temperature == 0:
        out = np.zeros_like(logits)
        out[int(np.argmax(logits))] = 1.0
        return out
    z = logits / temperature
    order = np.lexsort((np.arange(len(z)), -z))       # by −z, then by index
    if top_k is not None:
        z[order[top_k:]] = -np.inf
    if top_p is not None:
        p = _softmax(z)[order]
        before = np.concatenate([[0.0], np.cumsum(p)[:-1]])
        z[order[before >= top_p]] = -np.inf
    out = _softmax(z)
    out[np.isinf(z)] = 0.0
    return out


def sample(logits, n_samples, *, temperature=1.0, top_k=None, top_p=None, seed=0):
    p = sampling_distribution(logits, temperature=temperature, top_k=top_k, top_p=top_p)
    order = np.lexsort((np.arange(len(p)), -p))
    order = order[p[order] > 0]
    c = np.cumsum(p[order])
    u = np.random.default_rng(seed).random(n_samples)
    j = np.minimum((u[:, None] >= c[None, :]).sum(axis=1), len(order) - 1)
    return order[j].astype(np.int64)
