"""Top-k retrieval by cosine similarity.

Task
    Score every row of a corpus against a query by cosine similarity,

        score_i = (q · c_i) / (‖q‖ · ‖c_i‖)

    and return the k best: their row indices and scores, best first. A zero vector has no
    direction: when ‖q‖ = 0 or ‖c_i‖ = 0, score_i is 0.0 (not nan). Order by score, highest
    first; equal scores go in order of their index, smallest first (a stable ranking).

Signature
    cosine_top_k(query, corpus, k) -> (indices, scores)

Shapes and types
    query    a numpy array of shape (d,), floats or ints
    corpus   a numpy array of shape (n, d), n ≥ 0 rows of the same d
    k        an int ≥ 0
    returns  a tuple (indices, scores) of two NEW arrays of length m = min(k, n): indices an
             int64 array of row numbers into corpus, scores the float64 cosine similarities,
             sorted as above. With k = 0 or n = 0 both are empty, still int64 and float64.

Example
    Scores against [1, 0]: row 0 is orthogonal (0), row 1 is at 45° (0.7071), rows 2 and 4 point
    the same way (1, a tie: index 2 first), row 3 is zero (0 by convention).

    >>> corpus = np.array([[0.0, 1.0], [1.0, 1.0], [3.0, 0.0], [0.0, 0.0], [5.0, 0.0]])
    >>> indices, scores = cosine_top_k(np.array([1.0, 0.0]), corpus, 3)
    >>> indices, np.round(scores, 4)
    (array([2, 4, 1]), array([1.    , 1.    , 0.7071]))

Constraints
    numpy only. Do not modify the inputs. k larger than n returns all n rows, ranked. Raise
    ValueError for k < 0, or when corpus is not 2-D or its rows are not of length d. Scores are
    not clipped to [−1, 1]. Ties are compared exactly (==): only exactly equal scores count as
    tied. Parallel vectors do not always score exactly equal in float64: against [1, 2], the
    row [3, 6] scores 1.0 or 0.9999999999999999 depending on how the norms are computed. So the
    tests' ties are only ones that come out exact whatever the order of the operations: zero
    vectors, and vectors along a coordinate axis ([2, 0] and [4, 0] against [1, 0] both score
    exactly 1; [0, 1] scores exactly 0). Do not add an epsilon to the norms
    (dot / (‖q‖·‖c‖ + 1e-12) would rank [4, 0] above [2, 0] against [1, 0]); guard the
    division instead (np.where, or a clamp max(‖q‖·‖c‖, 1e-12), which leaves every tested
    nonzero norm alone). The ranking is what a stable sort on −score of
    sklearn.metrics.pairwise.cosine_similarity would give (scikit-learn scores zero vectors 0
    too).
    The hidden tests use n ≤ 40 rows, d ≤ 16 and k ≤ n + 5.

Time budget: 15 minutes.
"""
import numpy as np


def cosine_top_k(query, corpus, k):
    # BEGIN SOLUTION
    # Complexity: O(n·d + n log n) time, O(n) extra memory (n corpus rows, d dimensions).
    q = np.asarray(query, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    if k < 0:
        raise ValueError(f"k must be ≥ 0, got {k}")
    if C.ndim != 2 or q.ndim != 1 or C.shape[1] != q.shape[0]:
        raise ValueError(f"expected query (d,) and corpus (n, d), got {q.shape} and {C.shape}")
    norms = np.linalg.norm(C, axis=1) * np.linalg.norm(q)
    dots = C @ q
    # Zero vectors score 0: divide only where the product of norms is positive.
    scores = np.zeros(len(C))
    np.divide(dots, norms, out=scores, where=norms > 0)
    # A stable sort on −score keeps equal scores in index order (smallest index first).
    order = np.argsort(-scores, kind="stable")[:k]
    return order.astype(np.int64), scores[order]
    # END SOLUTION
