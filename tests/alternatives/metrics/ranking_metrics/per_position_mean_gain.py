"""Python sort key (−score, index); NDCG gains replaced position by position by the mean gain of equal scores."""
import numpy as np
def ranking_metrics(scores, relevance, *, k):
    S = np.asarray(scores, float); Rl = np.asarray(relevance, float)
    if S.ndim != 2 or S.shape != Rl.shape or S.size == 0 or k < 1: raise ValueError
    q, n = S.shape; kk = min(k, n)
    disc = 1 / np.log2(np.arange(n) + 2); disc[kk:] = 0
    h = r = g = 0.0
    for s, rel in zip(S, Rl):
        if rel.max() <= 0: continue
        order = sorted(range(n), key=lambda j: (-s[j], j))
        pos = [i for i, j in enumerate(order) if rel[j] > 0][0]
        h += pos < kk; r += 1 / (pos + 1)
        # tie-averaged gains per position
        ranked_s = s[order]; ranked_r = rel[order]
        gains = np.array([ranked_r[ranked_s == v].mean() for v in ranked_s])
        g += (gains * disc).sum() / (np.sort(rel)[::-1] * disc).sum()
    return float(h / q), float(r / q), float(g / q)
