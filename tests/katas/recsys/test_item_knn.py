"""Hidden tests for recsys/item_knn: item_similarity(R, *, shrinkage) and recommend(R, user, *, shrinkage, n)."""
import math

import numpy as np

from grader.testing import require

# Items 0 and 1 share users 0 and 3, items 0 and 2 share user 1, items 1 and 2 share user 2;
# item 3 was never rated.
R_HAND = np.array([[4.0, 2.0, 0.0, 0.0],
                   [2.0, 0.0, 3.0, 0.0],
                   [0.0, 1.0, 2.0, 0.0],
                   [1.0, 1.0, 0.0, 0.0]])
# Column norms² 21, 6, 13; dots c0·c1 = 9, c0·c2 = 6, c1·c2 = 2; co-raters 2, 1, 1.
COS_01, COS_02, COS_12 = 9 / math.sqrt(21 * 6), 6 / math.sqrt(21 * 13), 2 / math.sqrt(6 * 13)


def _symmetric(s01, s02, s12):
    return np.array([[0.0, s01, s02, 0.0], [s01, 0.0, s12, 0.0], [s02, s12, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])


def test_similarity_with_shrinkage_by_hand(kata):
    """shrinkage 1: S[0,1] = 0.80178·2/3, S[0,2] = 0.36314·1/2, S[1,2] = 0.22646·1/2; the unrated item 3 is all 0."""
    kata.check("item_similarity", R_HAND, shrinkage=1.0, expected=_symmetric(COS_01 * 2 / 3, COS_02 / 2, COS_12 / 2))


def test_shrinkage_zero_is_plain_cosine_by_hand(kata):
    """shrinkage 0: S is the cosine of the columns, with a zero diagonal and 0 for the never-rated item."""
    kata.check("item_similarity", R_HAND, shrinkage=0.0, expected=_symmetric(COS_01, COS_02, COS_12))


def test_shrinkage_uses_co_raters_by_hand(kata):
    """shrinkage 0.7: the factor is n_ij/(n_ij + 0.7): 2/2.7 for items 0, 1 (two co-raters), 1/1.7 for the others."""
    kata.check("item_similarity", R_HAND, shrinkage=0.7,
               expected=_symmetric(COS_01 * 2 / 2.7, COS_02 / 1.7, COS_12 / 1.7))


def test_non_square_ratings_by_hand(kata):
    """2 users × 3 items [[1, 1, 0], [1, 0, 2]]: cos(0,1) = 1/√2, cos(0,2) = 2/(√2·2), cos(1,2) = 0; shrinkage 1 halves them."""
    R = np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 2.0]])
    s = 0.5 / math.sqrt(2)
    kata.check("item_similarity", R, shrinkage=1.0,
               expected=np.array([[0.0, s, s], [s, 0.0, 0.0], [s, 0.0, 0.0]]))


def test_recommend_by_hand(kata):
    """User 2 has seen items 1 and 2: item 0 scores 1·S[1,0] + 2·S[2,0] = 0.898, item 3 scores 0 → [0, 3]."""
    kata.check("recommend", R_HAND, 2, shrinkage=1.0, n=5, expected=np.array([0, 3], dtype=np.int64))


def test_recommend_top_one_by_hand(kata):
    """User 3 has seen items 0 and 1: item 2 scores S[0,2] + S[1,2] = 0.295 > 0 = item 3; n = 1 gives [2]."""
    kata.check("recommend", R_HAND, 3, shrinkage=1.0, n=1, expected=np.array([2], dtype=np.int64))


def test_ranking_follows_scores_not_index_by_hand(kata):
    """User 0 rated only item 2: scores are cos(2, j) = 1/√6, 1/√3, ·, 1/√30 for j = 0, 1, 3 → order [1, 0, 3]."""
    # Columns c0 = [0,1,0,1,0], c1 = [0,0,1,0,0], c2 = [1,1,1,0,0], c3 = [0,0,1,0,3]; each pair with
    # item 2 shares one user with rating 1, so the dots are 1 and the norms √2, 1, √3, √10.
    R = np.array([[0.0, 0.0, 1.0, 0.0],
                  [1.0, 0.0, 1.0, 0.0],
                  [0.0, 1.0, 1.0, 1.0],
                  [1.0, 0.0, 0.0, 0.0],
                  [0.0, 0.0, 0.0, 3.0]])
    kata.check("recommend", R, 0, shrinkage=0.0, n=3, expected=np.array([1, 0, 3], dtype=np.int64))


def test_ties_go_to_the_smaller_index_by_hand(kata):
    """[[1, 1, 1], [1, 0, 0]]: user 1 scores items 1 and 2 equally (S = 1/√2·1/2 each) → [1, 2], smaller index first."""
    kata.check("recommend", np.array([[1.0, 1.0, 1.0], [1.0, 0.0, 0.0]]), 1, shrinkage=1.0, n=2,
               expected=np.array([1, 2], dtype=np.int64))


def test_exact_ties_survive_rounding_noise(kata):
    """Items 3 and 9 tie in exact arithmetic (same co-raters and norms with items 2, 4, 7): rounded to 9 decimals, 3 comes first."""
    # User 11 rated items 2, 4, 7. Item 3 and item 9 each share 1, 1, 2 users with them and both have
    # 5 raters, so every term of their scores is the same; a matrix product can still return them a few
    # ulps apart, in either order. np.round(scores, 9) makes them equal, and the smaller index wins.
    R = np.array([[0, 0, 0, 1, 0, 0, 1, 0, 0, 0], [0, 1, 1, 0, 0, 0, 0, 0, 0, 0], [1, 1, 0, 1, 1, 0, 0, 0, 0, 0],
                  [0, 1, 1, 1, 0, 1, 0, 1, 0, 1], [1, 0, 0, 0, 0, 0, 1, 0, 0, 0], [0, 0, 1, 0, 0, 1, 0, 0, 0, 0],
                  [0, 0, 0, 1, 0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 1, 0, 0, 0, 0, 1], [1, 0, 0, 1, 0, 0, 0, 0, 0, 1],
                  [1, 0, 0, 0, 0, 0, 1, 0, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 1, 0, 0, 1, 0, 0]],
                 dtype=float)
    kata.check("recommend", R, 11, shrinkage=2.0, n=10, expected=np.array([5, 1, 3, 9, 0, 6, 8], dtype=np.int64))


def test_product_noise_does_not_break_a_tie_by_hand(kata):
    """User 2 (items 2, 4, 5 seen): items 1 and 3 both score 2/√6 = √(2/3) exactly; rounded, 1 comes first → [1, 3, 0]."""
    # Columns c0 = [2,1,0,1,0,1], c1 = [0,1,0,1,0,0], c2 = [0,0,2,0,1,1], c3 = [0,0,0,0,0,2],
    # c4 = [0,0,2,0,0,0], c5 = [0,0,2,2,2,0]; user 2's row is [0,0,2,0,2,2], shrinkage 0.
    # Item 1: only c1·c5 = 2 ≠ 0, cos = 2/(√2·√12) = 1/√6, score 2/√6.
    # Item 3: only c3·c2 = 2 ≠ 0, cos = 2/(2·√6) = 1/√6, score 2/√6: an exact tie.
    # Item 0: c0·c2 = 1 and c0·c5 = 2, score 2·(1/√42 + 2/√84) = 0.745 < 0.816.
    # R[2] @ S returns the two tied scores a few ulps apart (item 3 the larger): unrounded, 3 wins.
    R = np.array([[2, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [0, 0, 2, 0, 2, 2],
                  [1, 1, 0, 0, 0, 2], [0, 0, 1, 0, 0, 2], [1, 0, 1, 2, 0, 0]], dtype=float)
    kata.check("recommend", R, 2, shrinkage=0.0, n=6, expected=np.array([1, 3, 0], dtype=np.int64))


def test_n_larger_than_the_unseen_items(kata):
    """n = 10 with only 2 unseen items returns both; n = 2 exactly returns the same."""
    kata.check("recommend", R_HAND, 2, shrinkage=1.0, n=10, expected=np.array([0, 3], dtype=np.int64))
    kata.check("recommend", R_HAND, 2, shrinkage=1.0, n=2, expected=np.array([0, 3], dtype=np.int64))


def test_user_with_no_interactions(kata):
    """A user with an all-zero row scores every item 0: the first n items by index, [0, 1, 2]."""
    R = np.vstack([R_HAND, np.zeros(4)])
    kata.check("recommend", R, 4, shrinkage=1.0, n=3, expected=np.array([0, 1, 2], dtype=np.int64))


def test_user_who_has_seen_everything(kata):
    """A user who has seen every item gets an empty int64 array."""
    R = np.array([[1.0, 2.0, 3.0], [1.0, 0.0, 1.0]])
    kata.check("recommend", R, 0, shrinkage=1.0, n=3, expected=np.zeros(0, dtype=np.int64))


def test_integer_ratings_give_floats(kata):
    """R of ints: the similarity is still float64 (same values as the float case)."""
    kata.check("item_similarity", R_HAND.astype(int), shrinkage=1.0,
               expected=_symmetric(COS_01 * 2 / 3, COS_02 / 2, COS_12 / 2))


def _random_ratings(rng, n_users, n_items, density):
    values = np.round(rng.uniform(0.1, 5.0, (n_users, n_items)), 1)
    return values * (rng.random((n_users, n_items)) < density)


def test_similarity_matches_reference_on_random_ratings(kata, rng):
    """Random sparse ratings (0.1 … 5.0) with 2 to 30 users and 1 to 25 items, shrinkage 0 to 20."""
    arg_sets = []
    for _ in range(8):
        R = _random_ratings(rng, int(rng.integers(2, 31)), int(rng.integers(1, 26)), float(rng.uniform(0.1, 0.7)))
        arg_sets.append(((R,), {"shrinkage": float(rng.choice([0.0, 0.3, 2.5, 20.0]))}))
    kata.check_each("item_similarity", arg_sets)


def test_recommend_matches_reference_on_random_ratings(kata, rng):
    """Random sparse ratings, users and n (1 to 30): the same items in the same order as the reference."""
    arg_sets = []
    for _ in range(10):
        R = _random_ratings(rng, int(rng.integers(2, 31)), int(rng.integers(1, 26)), float(rng.uniform(0.1, 0.7)))
        arg_sets.append(((R, int(rng.integers(0, R.shape[0]))),
                         {"shrinkage": float(rng.choice([0.0, 1.0, 7.5])), "n": int(rng.integers(1, 31))}))
    kata.check_each("recommend", arg_sets)


def test_binary_clicks_with_many_ties(kata, rng):
    """0/1 clicks make many equal scores: ties must go to the smaller item index."""
    for _ in range(5):
        R = (rng.random((12, 10)) < 0.3).astype(float)
        kata.check("recommend", R, int(rng.integers(0, 12)), shrinkage=2.0, n=10)


def test_scale_does_not_change_the_similarity(kata):
    """Ratings × 1e120 and × 1e-120 give the same similarity: no ‖a‖²·‖b‖² overflow or underflow."""
    expected = _symmetric(COS_01 * 2 / 3, COS_02 / 2, COS_12 / 2)
    kata.check("item_similarity", R_HAND * 1e120, shrinkage=1.0, expected=expected)
    kata.check("item_similarity", R_HAND * 1e-120, shrinkage=1.0, expected=expected)


def test_large_shrinkage_pulls_towards_zero(kata):
    """shrinkage 1e6: every similarity is below 1e-5 and still positive where items share a user."""
    S = kata.call("item_similarity", R_HAND, shrinkage=1e6).value
    require(np.all(np.abs(S) < 1e-5) and S[0, 1] > 0 and S[1, 2] > 0,
            f"item_similarity(R, shrinkage=1e6) should be tiny but positive for items sharing a user, got {S[0, 1]:.3g}, {S[1, 2]:.3g}")


def test_invalid_arguments_raise(kata):
    """ValueError for a 1-D R, a negative entry, shrinkage < 0, user = n_users or −1, and n = 0."""
    kata.raises_each([
        ("ValueError", "item_similarity", (np.array([1.0, 2.0]),), {"shrinkage": 1.0}),
        ("ValueError", "item_similarity", (np.array([[1.0, -0.1], [0.0, 1.0]]),), {"shrinkage": 1.0}),
        ("ValueError", "item_similarity", (R_HAND,), {"shrinkage": -1e-12}),
        ("ValueError", "recommend", (R_HAND, 4), {"shrinkage": 1.0, "n": 2}),
        ("ValueError", "recommend", (R_HAND, -1), {"shrinkage": 1.0, "n": 2}),
        ("ValueError", "recommend", (R_HAND, 0), {"shrinkage": 1.0, "n": 0}),
        ("ValueError", "recommend", (np.array([[1.0, -0.1], [0.0, 1.0]]), 0), {"shrinkage": 1.0, "n": 1}),
    ])
