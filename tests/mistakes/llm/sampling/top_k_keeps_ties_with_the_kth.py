"""Top-k keeps every token tied with the k-th (Hugging Face's TopKLogitsWarper), so more than k on a tie.

The statement keeps EXACTLY k tokens: rank by a stable sort of −probs and zero everything
from position k on, so a tie with the k-th goes to the smaller indices.
"""
import numpy as np


def sampling_distribution(logits, *, temperature=1.0, top_k=None, top_p=None):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    if top_k is not None and top_k < 1:
        raise ValueError(f"top_k must be >= 1, got {top_k}")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError(f"top_p must be in (0, 1], got {top_p}")
    V = logits.shape[0]
    if temperature == 0:
        probs = np.zeros(V)
        probs[np.argmax(logits)] = 1.0           # argmax returns the first maximum
        return probs
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")    # descending, ties by smaller index
    if top_k is not None and top_k < V:
        kth = probs[order[top_k - 1]]
        probs[probs < kth] = 0.0                 # every token tied with the k-th stays
        probs /= probs.sum()
    if top_p is not None:
        cumulative = np.cumsum(probs[order])
        reached = np.nonzero(cumulative >= top_p)[0]
        keep = reached[0] + 1 if reached.size else V   # the smallest prefix reaching top_p
        probs[order[keep:]] = 0.0
        probs /= probs.sum()
    return probs


def sample(logits, n_samples, *, temperature=1.0, top_k=None, top_p=None, seed=0):
    probs = sampling_distribution(logits, temperature=temperature, top_k=top_k, top_p=top_p)
    rng = np.random.default_rng(seed)
    order = np.argsort(-probs, kind="stable")
    order = order[probs[order] > 0]
    cumulative = np.cumsum(probs[order])
    tokens = np.empty(n_samples, dtype=np.int64)
    for i in range(n_samples):
        u = rng.random()
        j = int(np.searchsorted(cumulative, u, side="right"))   # first j with u < cumulative[j]
        tokens[i] = order[min(j, len(order) - 1)]
    return tokens
