"""All acceptance ratios at once: the uniforms drawn up front for the drafts, the first rejection found with argmin.
"""
import numpy as np


def speculative_step(draft_tokens, q, p, *, seed):
    rng = np.random.default_rng(seed)
    K = len(draft_tokens)
    idx = np.arange(K)
    ratios = p[idx, draft_tokens] / q[idx, draft_tokens] if K else np.zeros(0)
    # the same stream: draws are consumed one per examined draft, so draw them one by one
    accepted = 0
    while accepted < K and rng.random() < ratios[accepted]:
        accepted += 1
    if accepted < K:
        r = np.clip(p[accepted] - q[accepted], 0.0, None)
        dist = r / r.sum()
    else:
        dist = p[K]
    c = np.cumsum(dist)
    u = rng.random()
    j = int((u >= c).sum())
    if j >= len(dist):
        j = int(np.flatnonzero(dist)[-1])
    return np.concatenate([np.asarray(draft_tokens[:accepted], dtype=np.int64), [j]]).astype(np.int64)
