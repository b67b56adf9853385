"""Offline evaluation of top-N recommendations: precision@k, recall@k and MAP@k (trec_eval's).

Task
    For each user you have the ranked list the recommender produced (best first) and the set of
    held-out items the user actually interacted with (the relevant items). With
    top = the first k items of the list (all of it when it is shorter) and, for r = 1 … len(top),
    rel(r) = 1 if the r-th item of top is relevant else 0:

        hits       = Σ_r rel(r)
        P@k        = hits / k                         (k, even when the list is shorter than k)
        R@k        = hits / |relevant|
        AP@k       = (1 / |relevant|) · Σ_r rel(r) · (Σ_{s ≤ r} rel(s)) / r
                     (the precision at the rank of each relevant item found in the top k,
                      summed, divided by the number of relevant items)

    Return the mean of each over the users who have at least one relevant item; users with an
    empty relevant set are skipped (they are not counted as 0). These are trec_eval's P_k,
    recall_k and map_cut_k.

Signature
    topn_metrics(recommended, relevant, *, k) -> (precision_at_k, recall_at_k, map_at_k)

Shapes and types
    recommended  a list of n_users lists (or 1-D int arrays) of item ids, best first; a list
                 may be empty or shorter than k, but must not repeat an item
    relevant     a list of n_users lists (or 1-D int arrays) of item ids; repeats count once
    k            an int ≥ 1
    returns      a tuple of three floats

Example
    User 0: list [3, 1, 4, 5, 9], relevant {1, 5, 2}; with k = 3 only item 1 is found, at rank 2:
    P = 1/3, R = 1/3, AP = (1/2)/3 = 1/6. User 1: list [7, 8], relevant {7}: P = 1/3 (divided
    by k = 3), R = 1, AP = 1. User 2 has no relevant item and is skipped. Means: 1/3, 2/3, 7/12.

    >>> p, r, m = topn_metrics([[3, 1, 4, 5, 9], [7, 8], [2]], [[1, 5, 2], [7], []], k=3)
    >>> round(p, 6), round(r, 6), round(m, 6)
    (0.333333, 0.666667, 0.583333)

Constraints
    Plain Python or numpy. Raise ValueError when recommended and relevant have different
    lengths, when k < 1, when a recommended list repeats an item, or when no user has a
    relevant item (the means are undefined). Inputs are not modified. The hidden tests use
    n_users ≤ 40, lists ≤ 30 items, k ≤ 35.
    Other conventions you will meet: Kaggle's / ml_metrics' apk divides AP@k by min(k,
    |relevant|), not |relevant|; some libraries divide P@k by the length of the list rather
    than k, or normalise recall by min(k, |relevant|); some count users with no relevant item
    as 0. Here the definitions are trec_eval's above. NDCG@k, hit@k and MRR are the kata
    metrics/ranking_metrics.

Time budget: 20 minutes.
"""


def topn_metrics(recommended, relevant, *, k):
    # BEGIN SOLUTION
    # Complexity: O(∑(k + R_u)) time, O(k + R_u) extra memory per user (k the cutoff, R_u user u's relevant items).
    if len(recommended) != len(relevant):
        raise ValueError("recommended and relevant must have one entry per user")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    precisions, recalls, average_precisions = [], [], []
    for ranked, wanted in zip(recommended, relevant):
        ranked, wanted = [int(item) for item in ranked], {int(item) for item in wanted}
        if len(set(ranked)) != len(ranked):
            raise ValueError("a recommended list repeats an item")
        if not wanted:
            continue    # no held-out item: nothing to find, the user is skipped
        hits, precision_sum = 0, 0.0
        for rank, item in enumerate(ranked[:k], start=1):
            if item in wanted:
                hits += 1
                precision_sum += hits / rank
        precisions.append(hits / k)
        recalls.append(hits / len(wanted))
        average_precisions.append(precision_sum / len(wanted))
    if not precisions:
        raise ValueError("no user has a relevant item")
    n = len(precisions)
    return sum(precisions) / n, sum(recalls) / n, sum(average_precisions) / n
    # END SOLUTION
