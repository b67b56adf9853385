"""Ranking metrics for a batch of queries: hit@k, MRR and NDCG@k.

Task
    Each of q queries has n candidate items with a model score and a true relevance (0 = not
    relevant; a larger number = more relevant; binary relevance is just 0/1). An item is
    RELEVANT when its relevance is > 0. For each query compute three numbers, then return the
    mean of each over ALL q queries.

    Ranking for hit@k and MRR: sort the items by score, highest first; items with equal scores
    are ordered by their index, smaller index first (np.argsort(-scores_row, kind="stable")).
      hit@k   1.0 if a relevant item is among the first min(k, n) ranked items, else 0.0.
      RR      1 / r, where r is the position of the first relevant item in the whole ranking,
              counted from 1 (the top item has r = 1). No cutoff at k.

    NDCG@k follows scikit-learn's ndcg_score: gain = the relevance itself (NOT 2^rel − 1), the
    item at position r (from 1) is discounted by 1 / log2(r + 1), and only positions
    r ≤ min(k, n) count. Ties are NOT broken by index here: a group of items with equal scores
    that occupies positions a+1 … a+c contributes
        mean(relevance of the group) · Σ_{r=a+1}^{a+c, r ≤ k} 1 / log2(r + 1)
    (the average DCG over every order of the tied items). Then
        DCG@k  = the sum of these contributions over the groups,
        IDCG@k = Σ_{r=1}^{min(k, n)} (the r-th largest relevance) / log2(r + 1),
        NDCG@k = DCG@k / IDCG@k
    (the base of the logarithm cancels in this ratio; it matters only for DCG itself).

    A query with no relevant item scores 0.0 on all three (hit 0, RR 0, NDCG 0) and still
    counts in the means.

Signature
    ranking_metrics(scores, relevance, *, k) -> (hit_at_k, mrr, ndcg_at_k)
    `k` is passed by keyword.

Shapes and types
    scores     a float64 array of shape (q, n): one row per query, one column per item
    relevance  an array of shape (q, n) of ints or floats ≥ 0 (not checked)
    k          an int ≥ 1; k > n is allowed and means n
    returns    a tuple of three floats (mean hit@k, mean reciprocal rank, mean NDCG@k)

Example
    One query, items scored 0.9, 0.8, 0.7, 0.6 with relevance 0, 1, 0, 1 and k = 2: the first
    relevant item is at position 2, so hit@2 = 1 and RR = 1/2; DCG@2 = 0 + 1/log2(3) and
    IDCG@2 = 1 + 1/log2(3), so NDCG@2 = 0.6309 / 1.6309 = 0.3869.

    >>> hit, mrr, ndcg = ranking_metrics(np.array([[0.9, 0.8, 0.7, 0.6]]), np.array([[0, 1, 0, 1]]), k=2)
    >>> hit, mrr, round(ndcg, 6)
    (1.0, 0.5, 0.386853)

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError when scores and relevance do not
    have the same 2-D shape, when q = 0 or n = 0, or when k < 1. Inputs are not modified.
    NDCG@k equals scikit-learn's ndcg_score(relevance, scores, k=k) (ignore_ties=False), which
    also counts a query with no relevant item as 0; scikit-learn raises for n = 1, we do not.
    Many libraries use the exponential gain 2^rel − 1 instead: it gives the same NDCG for 0/1
    relevance, a different one for graded relevance. scikit-learn has no hit@k or MRR; with
    exactly one relevant item per query and no tied scores, hit@k is its
    top_k_accuracy_score and MRR its label_ranking_average_precision_score.
    The hidden tests use at most 7 queries of at most 80 items, and k ≤ 15.

Time budget: 35 minutes.
"""
import numpy as np


def ranking_metrics(scores, relevance, *, k):
    # BEGIN SOLUTION
    # Complexity: O(q·n log n) time, O(n) extra memory per query (q queries, n items each).
    scores, relevance = np.asarray(scores, dtype=float), np.asarray(relevance, dtype=float)
    if scores.ndim != 2 or scores.shape != relevance.shape or scores.size == 0:
        raise ValueError("scores and relevance must have the same non-empty (q, n) shape")
    if k < 1:
        raise ValueError("k must be at least 1")
    q, n = scores.shape
    cutoff = min(k, n)
    # discount[r - 1] = 1 / log2(r + 1) for the positions r ≤ k that count, 0 beyond.
    discount = np.zeros(n)
    discount[:cutoff] = 1.0 / np.log2(np.arange(2, cutoff + 2))
    discount_before = np.concatenate([[0.0], np.cumsum(discount)])  # Σ of the first m discounts

    hits, reciprocal_ranks, ndcgs = np.zeros(q), np.zeros(q), np.zeros(q)
    for i in range(q):
        relevant = relevance[i] > 0
        if not relevant.any():
            continue  # all three stay 0.0
        ranked = np.argsort(-scores[i], kind="stable")  # ties: smaller index first
        first = int(np.argmax(relevant[ranked]))         # 0-based position of the first relevant
        hits[i] = 1.0 if first < cutoff else 0.0
        reciprocal_ranks[i] = 1.0 / (first + 1)

        # Tie groups in descending score order; each gets its mean gain times its discounts.
        _, group, size = np.unique(-scores[i], return_inverse=True, return_counts=True)
        gain = np.bincount(group, weights=relevance[i], minlength=size.size) / size
        end = np.cumsum(size)
        dcg = np.sum(gain * (discount_before[end] - discount_before[end - size]))
        ideal = np.sum(np.sort(relevance[i])[::-1] * discount)
        ndcgs[i] = dcg / ideal
    return float(hits.mean()), float(reciprocal_ranks.mean()), float(ndcgs.mean())
    # END SOLUTION
