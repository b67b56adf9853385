"""Accepts when u <= p/q: at u equal to the ratio the draft token is kept; the rule is u < p/q.

Accept exactly when u < p[i, x] / q[i, x]: a ratio equal to u rejects (and the residual is sampled).
"""
import numpy as np
def _draw(dist, u):
    c = np.cumsum(dist)
    for j in range(len(dist)):
        if u < c[j]:
            return j
    return int(np.nonzero(dist > 0)[0][-1])
def speculative_step(draft_tokens, q, p, *, seed):
    rng = np.random.default_rng(seed)
    out = []
    for i, x in enumerate(draft_tokens):
        x = int(x)
        u = rng.random()
        if u <= p[i, x] / q[i, x]:
            out.append(x)
            continue
        r = np.maximum(0.0, p[i] - q[i])
        out.append(_draw(r / r.sum(), rng.random()))
        return np.array(out, dtype=np.int64)
    out.append(_draw(p[len(draft_tokens)], rng.random()))
    return np.array(out, dtype=np.int64)
