"""A plain-Python walk: min(1, p/q) for the acceptance, an explicit loop for each inverse CDF.
"""
import numpy as np


def _inverse_cdf(dist, u):
    total, last = 0.0, None
    for j, w in enumerate(dist):
        if w > 0:
            last = j
        total += w
        if u < total:
            return j
    return last


def speculative_step(draft_tokens, q, p, *, seed):
    rng = np.random.default_rng(seed)
    K = len(draft_tokens)
    tokens = []
    for i in range(K):
        x = int(draft_tokens[i])
        if rng.random() < min(1.0, p[i][x] / q[i][x]):
            tokens.append(x)
        else:
            r = [max(0.0, a - b) for a, b in zip(p[i], q[i])]
            s = sum(r)
            tokens.append(_inverse_cdf([w / s for w in r], rng.random()))
            return np.array(tokens, dtype=np.int64)
    tokens.append(_inverse_cdf(list(p[K]), rng.random()))
    return np.array(tokens, dtype=np.int64)
