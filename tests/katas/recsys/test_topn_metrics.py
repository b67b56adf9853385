"""Hidden tests for recsys/topn_metrics: topn_metrics(recommended, relevant, *, k) -> (P@k, R@k, MAP@k)."""
from grader.testing import require

LISTS = [[3, 1, 4, 5, 9], [7, 8], [2]]
WANTED = [[1, 5, 2], [7], []]


def test_example_by_hand(kata):
    """k = 3: user 0 finds item 1 at rank 2 (P 1/3, R 1/3, AP 1/6); user 1 finds 7 at rank 1 (P 1/3, R 1, AP 1); user 2 skipped."""
    kata.check("topn_metrics", LISTS, WANTED, k=3, expected=(1 / 3, 2 / 3, 7 / 12))


def test_deeper_cutoff_by_hand(kata):
    """k = 5 for user 0 alone: items 1 (rank 2) and 5 (rank 4): P = 2/5, R = 2/3, AP = (1/2 + 2/4)/3 = 1/3."""
    kata.check("topn_metrics", LISTS[:1], WANTED[:1], k=5, expected=(0.4, 2 / 3, 1 / 3))


def test_average_precision_divides_by_all_relevant_by_hand(kata):
    """k = 2, list [1, 5, …], relevant {1, 5, 2, 6}: AP = (1/1 + 2/2)/4 = 0.5, not /min(k, 4) = 1 and not /hits = 1."""
    kata.check("topn_metrics", [[1, 5, 3]], [[1, 5, 2, 6]], k=2, expected=(1.0, 0.5, 0.5))


def test_precision_divides_by_k_for_a_short_list_by_hand(kata):
    """A 2-item list with k = 4 and one hit at rank 1: P = 1/4 (missing slots count as misses), R = 1/2, AP = 1/2."""
    kata.check("topn_metrics", [[9, 4]], [[9, 0]], k=4, expected=(0.25, 0.5, 0.5))


def test_k_one_by_hand(kata):
    """k = 1: only the first item counts: hits at the top for users 0 and 2, a miss for user 1 → P = 2/3."""
    # user 0: [1, 2] rel {1} → P 1, R 1, AP 1; user 1: [3, 4] rel {4} → 0, 0, 0; user 2: [5] rel {5, 6} → 1, 1/2, 1/2
    kata.check("topn_metrics", [[1, 2], [3, 4], [5]], [[1], [4], [5, 6]], k=1, expected=(2 / 3, 0.5, 0.5))


def test_k_larger_than_every_list(kata):
    """k = 35 with lists of at most 5 items: the whole lists count and P divides by 35."""
    # user 0: hits 1 (rank 2), 5 (rank 4) → P 2/35, R 2/3, AP 1/3; user 1: P 1/35, R 1, AP 1
    kata.check("topn_metrics", LISTS, WANTED, k=35, expected=(3 / 70, 5 / 6, 2 / 3))


def test_users_without_relevant_items_are_skipped(kata):
    """Adding users with an empty relevant set (and any list) changes nothing: they are not counted as 0."""
    kata.check("topn_metrics", LISTS + [[1, 2, 3], []], WANTED + [[], []], k=3, expected=(1 / 3, 2 / 3, 7 / 12))


def test_empty_recommendation_list(kata):
    """A user with relevant items but an empty list scores 0 on all three and is counted."""
    kata.check("topn_metrics", [[], [7, 8]], [[1], [7]], k=3, expected=(1 / 6, 0.5, 0.5))


def test_relevant_repeats_count_once(kata):
    """relevant [7, 7, 3] is the set {7, 3}: R@2 = 1/2 for the list [7, 8]."""
    kata.check("topn_metrics", [[7, 8]], [[7, 7, 3]], k=2, expected=(0.5, 0.5, 0.5))


def test_perfect_and_worthless_lists(kata):
    """Every relevant item on top gives MAP 1 and R 1; no relevant item in the list gives 0, 0, 0."""
    kata.check("topn_metrics", [[4, 2, 9, 1]], [[2, 4, 9]], k=3, expected=(1.0, 1.0, 1.0))
    kata.check("topn_metrics", [[4, 2, 9, 1]], [[5, 6]], k=3, expected=(0.0, 0.0, 0.0))


def test_numpy_arrays_as_lists(kata):
    """Lists given as int64 arrays give the same floats as plain lists."""
    import numpy as np
    kata.check("topn_metrics", [np.array(x, dtype=np.int64) for x in LISTS], [np.array(x, dtype=np.int64) for x in WANTED],
               k=3, expected=(1 / 3, 2 / 3, 7 / 12))


def test_matches_reference_on_random_lists(kata, rng):
    """Random catalogues of 5 to 60 items, lists of 0 to 30 distinct items, 0 to 10 relevant items, k 1 to 35."""
    arg_sets = []
    for _ in range(12):
        n_items, n_users = int(rng.integers(5, 61)), int(rng.integers(1, 41))
        lists = [rng.permutation(n_items)[:int(rng.integers(0, min(30, n_items) + 1))].tolist() for _ in range(n_users)]
        wanted = [rng.choice(n_items, size=int(rng.integers(0, min(10, n_items) + 1)), replace=False).tolist() for _ in range(n_users)]
        wanted[0] = wanted[0] or [int(rng.integers(0, n_items))]
        arg_sets.append(((lists, wanted), {"k": int(rng.integers(1, 36))}))
    kata.check_each("topn_metrics", arg_sets)


def test_results_lie_in_the_unit_interval(kata, rng):
    """Precision, recall and MAP are between 0 and 1, and MAP ≤ recall (each term's precision is ≤ 1)."""
    lists = [rng.permutation(20)[:10].tolist() for _ in range(15)]
    wanted = [rng.choice(20, size=4, replace=False).tolist() for _ in range(15)]
    p, r, m = kata.call("topn_metrics", lists, wanted, k=6).value
    require(0 <= p <= 1 and 0 <= r <= 1 and 0 <= m <= r + 1e-12,
            f"topn_metrics: got P = {p}, R = {r}, MAP = {m}; all must lie in [0, 1] and MAP ≤ R")


def test_invalid_arguments_raise(kata):
    """ValueError for lengths that differ, k = 0, a list that repeats an item, and no user with a relevant item."""
    kata.raises_each([
        ("ValueError", "topn_metrics", (LISTS, WANTED[:2]), {"k": 3}),
        ("ValueError", "topn_metrics", (LISTS, WANTED), {"k": 0}),
        ("ValueError", "topn_metrics", ([[3, 1, 3]], [[1]]), {"k": 2}),
        ("ValueError", "topn_metrics", ([[3, 1, 4, 3]], [[]]), {"k": 2}),
        # the repeat is checked for every user, also one with no relevant item (user 0 keeps the call valid otherwise)
        ("ValueError", "topn_metrics", ([[1, 2], [3, 3]], [[1], []]), {"k": 2}),
        ("ValueError", "topn_metrics", ([[3, 1]], [[]]), {"k": 2}),
        ("ValueError", "topn_metrics", ([], []), {"k": 2}),
    ])
