"""Groups scores that are merely close (rounded, or np.isclose) as ties for NDCG: 0.3000001 and 0.3 become one tied group.

Ties are scores that are exactly equal. A tolerance merges distinct scores into a group and
averages their gains: with scores [0.3000001, 0.3], relevance [0, 1] and k = 1, NDCG@1 is 0 (the
top item is not relevant), not 1/2. Find the groups with exact comparisons (np.unique on the
scores, or s[i] == s[j]).
"""
import numpy as np


def ranking_metrics(scores, relevance, *, k):
    S = np.asarray(scores, dtype=np.float64)
    R = np.asarray(relevance, dtype=np.float64)
    if S.ndim != 2 or S.shape != R.shape or 0 in S.shape or k < 1:
        raise ValueError("bad arguments")
    q, n = S.shape
    top = min(k, n)
    discount = np.zeros(n)
    discount[:top] = 1.0 / np.log2(np.arange(2, top + 2))
    hits, rrs, ndcgs = np.zeros(q), np.zeros(q), np.zeros(q)
    for i in range(q):
        order = np.argsort(-S[i], kind="stable")
        relevant = R[i][order] > 0
        if not relevant.any():
            continue
        hits[i] = float(relevant[:top].any())
        rrs[i] = 1.0 / (np.argmax(relevant) + 1)
        ranked_scores = np.round(S[i][order], 6)
        ranked_gains = R[i][order]
        _, starts, counts = np.unique(-ranked_scores, return_index=True, return_counts=True)
        dcg = sum(ranked_gains[a:a + c].mean() * discount[a:a + c].sum() for a, c in zip(starts, counts))
        ndcgs[i] = dcg / (np.sort(R[i])[::-1] * discount).sum()
    return float(hits.mean()), float(rrs.mean()), float(ndcgs.mean())
