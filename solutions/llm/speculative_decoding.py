"""Speculative decoding: the accept/reject step that keeps the target model's distribution.

Task
    A small draft model proposed K tokens, drawn from its distributions q[0], ..., q[K−1]; the
    large target model scored the same positions in one pass, giving p[0], ..., p[K] (p[K] is
    the distribution after all K draft tokens). Decide which draft tokens to keep, so that every
    returned token is distributed exactly as if drawn from the target model:
        for i = 0, 1, ..., K−1, with x = draft_tokens[i]:
            draw u; if u < p[i, x] / q[i, x], accept x and go on;
            otherwise draw a token from the residual r = max(0, p[i] − q[i]) / sum(max(0, p[i] − q[i])),
            append it, and stop.
        if all K were accepted, draw one more token from p[K] (the bonus token).

Signature
    speculative_step(draft_tokens, q, p, *, seed) -> tokens

Shapes and types
    draft_tokens: an int64 array of shape (K,), K >= 0. q: a float64 array (K, V), each row a
    distribution with q[i, draft_tokens[i]] > 0. p: a float64 array (K + 1, V), each row a
    distribution. seed: an int. Returns a new int64 array of shape (m,), 1 <= m <= K + 1: the
    accepted draft tokens, then the one resampled or bonus token.

Example
    >>> import numpy as np                    # default_rng(0).random() gives 0.637, 0.270, 0.041, ...
    >>> q = np.array([[0.2, 0.5, 0.3], [0.3, 0.3, 0.4]])
    >>> p = np.array([[0.3, 0.6, 0.1], [0.5, 0.3, 0.2], [0.1, 0.2, 0.7]])
    >>> speculative_step(np.array([1, 2]), q, p, seed=0).tolist()   # 0.637 < 1.2, 0.270 < 0.5, then 0.041 < 0.1
    [1, 2, 0]

Constraints
    Plain Python and numpy only (no rng.choice: the draws are pinned). The draws:
    rng = np.random.default_rng(seed); one u = rng.random() for each draft token examined, in
    order; then exactly one more u = rng.random() for the resampled or the bonus token, drawn by
    inverse CDF over the tokens in INDEX order: the first token j with u < cumsum(dist)[j]
    (the last token with dist > 0 if rounding leaves u past the end). Accept exactly when
    u < p[i, x] / q[i, x] (so always when p[i, x] >= q[i, x]). Inputs are not modified.
    This is Leviathan et al. (2023) / Chen et al. (2023) for one sequence.

    The hidden tests use K ≤ 6, V ≤ 8.

Time budget: 25 minutes.
"""
import numpy as np


def speculative_step(draft_tokens, q, p, *, seed):
    # BEGIN SOLUTION
    # Complexity: O(K·V) time (one cumsum per draw at most), O(V) extra memory.
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
    out.append(draw(p[len(draft_tokens)], rng.random()))   # all accepted: a bonus token from p[K]
    return np.array(out, dtype=np.int64)
    # END SOLUTION
