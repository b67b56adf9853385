"""No bonus token when every draft token is accepted.

If all K drafts pass, the target's last distribution p[K] is already computed: draw one more
token from it, so a step returns K + 1 tokens.
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
        if u < p[i, x] / q[i, x]:
            out.append(x)
            continue
        # rejected: the residual puts back exactly the mass the draft under-proposed
        residual = np.maximum(p[i] - q[i], 0.0)
        out.append(draw(residual / residual.sum(), rng.random()))
        return np.array(out, dtype=np.int64)
    return np.array(out, dtype=np.int64)
