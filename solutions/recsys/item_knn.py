"""Item–item collaborative filtering: cosine similarity with shrinkage, then top-N.

Task
    R holds the interactions of n_users users with n_items items: R[u, i] > 0 is a rating (or
    a count, or 1 for a click) and R[u, i] = 0 means "user u never interacted with item i".
    Item i is described by its column R[:, i].

    item_similarity(R, *, shrinkage): the (n_items, n_items) matrix S with, for i ≠ j,

        cos(i, j) = R[:, i]·R[:, j] / (‖R[:, i]‖ · ‖R[:, j]‖)     (0 when either norm is 0)
        n_ij      = the number of users with R[u, i] > 0 AND R[u, j] > 0   (co-raters)
        S[i, j]   = cos(i, j) · n_ij / (n_ij + shrinkage)            (0 when n_ij = 0)

    and S[i, i] = 0 (an item is not its own neighbour). Shrinkage pulls the similarity of
    items that share few users towards 0: with shrinkage = 0 S is the plain cosine.

    recommend(R, user, *, shrinkage, n): score every item j by

        score[j] = Σ_i R[user, i] · S[i, j]          (that is, R[user] @ S)

    drop the items the user has already seen (R[user, j] > 0), and return the remaining items
    with the highest scores, highest first. Rank by the scores ROUNDED to 9 decimal places
    (np.round(score, 9)): two scores equal in exact arithmetic can differ in the last bit when
    summed in another order, and rounding makes them the tie they are. Equal rounded scores
    go to the SMALLER item index first. Every unseen item is a candidate, even with score 0; if
    fewer than n items are unseen, return them all (a shorter array).

Signature
    item_similarity(R, *, shrinkage) -> numpy.ndarray
    recommend(R, user, *, shrinkage, n) -> numpy.ndarray

Shapes and types
    R          a 2-D array (n_users, n_items) of floats or ints ≥ 0
    shrinkage  a float ≥ 0
    user       an int, 0 ≤ user < n_users
    n          an int ≥ 1 (larger than the number of items is allowed)
    returns    item_similarity: a float64 array (n_items, n_items), symmetric, zero diagonal
               recommend: int64 array of shape (min(n, number of unseen items),)

Example
    Items 0 and 1 share users 0 and 3: columns [4, 2, 0, 1] and [2, 0, 1, 1], dot 9, norms
    √21 and √6, so cos = 9/√126 = 0.80178; with shrinkage 1 and n_01 = 2, S[0, 1] = 0.80178 ·
    2/3 = 0.53452. User 2 has seen items 1 and 2; item 0 scores 1·S[1, 0] + 2·S[2, 0] > 0 and
    item 3 (never rated by anyone) scores 0.

    >>> R = np.array([[4, 2, 0, 0], [2, 0, 3, 0], [0, 1, 2, 0], [1, 1, 0, 0]])
    >>> round(float(item_similarity(R, shrinkage=1.0)[0, 1]), 5)
    0.53452
    >>> recommend(R, 2, shrinkage=1.0, n=5)
    array([0, 3])

Constraints
    numpy only (no scikit-learn, scipy). Raise ValueError when R is not 2-D, has a negative
    entry, when shrinkage < 0, when user is not in 0 … n_users − 1 (a negative user too), or
    when n < 1. A user with no interactions gets all-zero scores, so the first n items by
    index. Returns new arrays; the inputs are not modified. The hidden tests use
    n_users ≤ 30, n_items ≤ 25.
    Coming from scikit-learn: sklearn.metrics.pairwise.cosine_similarity(R.T) is cos with 1 on
    the diagonal (0 for an all-zero column); the shrinkage factor and the zero diagonal are
    ours. Some texts normalise the score by Σ|S[i, j]|; we do not.

Time budget: 25 minutes.
"""
import numpy as np


def item_similarity(R, *, shrinkage):
    # BEGIN SOLUTION
    # Complexity: O(U·I²) time, O(I²) extra memory (U users, I items).
    R = np.asarray(R, dtype=float)
    if R.ndim != 2:
        raise ValueError("R must be a 2-D (n_users, n_items) array")
    if np.any(R < 0):
        raise ValueError("R must not hold negative entries")
    if shrinkage < 0:
        raise ValueError(f"shrinkage must be >= 0, got {shrinkage}")
    norms = np.sqrt((R * R).sum(axis=0))
    dots = R.T @ R
    outer = np.outer(norms, norms)
    rated = (R > 0).astype(float)
    co_raters = rated.T @ rated
    similarity = np.zeros_like(dots)
    # Two items with a common user both have a positive norm, so the division is safe there.
    shared = co_raters > 0
    similarity[shared] = (dots[shared] / outer[shared]) * co_raters[shared] / (co_raters[shared] + shrinkage)
    np.fill_diagonal(similarity, 0.0)
    return similarity
    # END SOLUTION


def recommend(R, user, *, shrinkage, n):
    # BEGIN SOLUTION
    R = np.asarray(R, dtype=float)
    similarity = item_similarity(R, shrinkage=shrinkage)
    if not 0 <= user < R.shape[0]:
        raise ValueError(f"user must be in 0 … {R.shape[0] - 1}, got {user}")
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    # Rounded so that scores equal in exact arithmetic tie whatever the summation order.
    scores = np.round(R[user] @ similarity, 9)
    unseen = np.flatnonzero(R[user] == 0)
    # A stable sort of −score keeps equal scores in index order (smaller index first).
    order = np.argsort(-scores[unseen], kind="stable")
    return unseen[order[:n]].astype(np.int64)
    # END SOLUTION
