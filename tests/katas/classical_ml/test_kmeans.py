"""Hidden tests for classical_ml/kmeans: kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4)."""
import numpy as np

from grader.testing import require


def _blobs(rng, n, d, k):
    centres = 6 * rng.standard_normal((k, d))
    return centres[rng.integers(0, k, n)] + rng.standard_normal((n, d))


def test_two_clusters_by_hand(kata):
    """Points 0, 2, 10, 12 from centres 1 and 9: centres move to 1 and 11, then nothing moves (n_iter 2)."""
    X = np.array([[0.0], [2.0], [10.0], [12.0]])
    kata.check("kmeans", X, 2, init=np.array([[1.0], [9.0]]), tol=0.0,
               expected=(np.array([[1.0], [11.0]]), np.array([0, 0, 1, 1]), 2))


def test_three_iterations_by_hand(kata):
    """Points 0, 1, 10, 11 from centres 0 and 1: centres 0, 22/3, then 0.5, 10.5, then no move (n_iter 3)."""
    # 1: labels [0, 1, 1, 1] -> centres 0, (1 + 10 + 11)/3 = 22/3.
    # 2: the point 1 is nearer 0 than 22/3 -> labels [0, 0, 1, 1] -> centres 0.5, 10.5.
    # 3: labels unchanged, shift 0 ≤ tol = 0: stop.
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.0], [1.0]]), tol=0.0,
               expected=(np.array([[0.5], [10.5]]), np.array([0, 0, 1, 1]), 3))


def test_two_dimensions_by_hand(kata):
    """Four corners of a 2×1 box around two far centres: each centre moves to the middle of its side."""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 0.0], [5.0, 1.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.0, 0.0], [5.0, 0.0]]), tol=0.0,
               expected=(np.array([[0.0, 0.5], [5.0, 0.5]]), np.array([0, 0, 1, 1]), 2))


def test_empty_cluster_keeps_its_centre(kata):
    """A centre at 100 that no point ever chooses stays at 100 (no NaN): as above, plus a third centre."""
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    kata.check("kmeans", X, 3, init=np.array([[0.0], [1.0], [100.0]]), tol=0.0,
               expected=(np.array([[0.5], [10.5], [100.0]]), np.array([0, 0, 1, 1]), 3))


def test_stop_when_shift_equals_tol(kata):
    """Points 0 and 2 from centre 0.5: it moves by exactly 0.5 to 1.0; tol = 0.5 stops there (shift ≤ tol)."""
    X = np.array([[0.0], [2.0]])
    kata.check("kmeans", X, 1, init=np.array([[0.5]]), tol=0.5, expected=(np.array([[1.0]]), np.array([0, 0]), 1))


def test_shift_above_tol_goes_on(kata):
    """The same move of 0.5 with tol = 0.25 does not stop; the second iteration moves 0 and stops (n_iter 2)."""
    X = np.array([[0.0], [2.0]])
    kata.check("kmeans", X, 1, init=np.array([[0.5]]), tol=0.25, expected=(np.array([[1.0]]), np.array([0, 0]), 2))


def test_shift_is_euclidean(kata):
    """In 2-D the centre moves from (0, 0) to (0.3, 0.4): shift 0.5 (Euclidean) > tol = 0.45, so a second iteration runs."""
    # Not the largest coordinate move (0.4) and not the squared shift (0.25): both would stop at once.
    X = np.array([[0.0, 0.0], [0.6, 0.8]])
    kata.check("kmeans", X, 1, init=np.array([[0.0, 0.0]]), tol=0.45,
               expected=(np.array([[0.3, 0.4]]), np.array([0, 0]), 2))


def test_labels_are_for_the_returned_centres(kata):
    """max_iter = 1 from centres 0, 1, 100: centres 0, 22/3, 100, and the labels are for THOSE centres."""
    # The point 1 was assigned to centre 1 during the iteration, but it is nearer 0 than 22/3.
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    kata.check("kmeans", X, 3, init=np.array([[0.0], [1.0], [100.0]]), max_iter=1, tol=0.0,
               expected=(np.array([[0.0], [22.0 / 3.0], [100.0]]), np.array([0, 0, 1, 1]), 1))


def test_tie_goes_to_the_smallest_centre(kata):
    """The point 1 is equally far from centres 0 and 2: it joins centre 0, which moves to 1."""
    X = np.array([[1.0], [5.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.0], [2.0]]), max_iter=1, tol=0.0,
               expected=(np.array([[1.0], [5.0]]), np.array([0, 1]), 1))


def test_zero_iterations_returns_the_start(kata):
    """max_iter = 0: the given centres come back as they are, labels by nearest centre (tie → 0), n_iter 0."""
    X = np.array([[1.0], [5.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.0], [2.0]]), max_iter=0,
               expected=(np.array([[0.0], [2.0]]), np.array([0, 1]), 0))


def test_kmeans_plus_plus_by_hand(kata):
    """k-means++ with seed 0 on 4, 12, 7, 7: first row 3 (the 7), then u = 0.2698 picks 12 (D² weights 9, 25)."""
    # default_rng(0): integers(4) = 3, then random() = 0.26978671...
    # D² to 7: [9, 25, 0, 0], cumulative [9, 34, 34, 34]; u · 34 = 9.17 > 9, so row 1 (12).
    # (D weights [3, 5, 0, 0] would give u · 8 = 2.16 < 3: row 0.)
    X = np.array([[4.0], [12.0], [7.0], [7.0]])
    kata.check("kmeans", X, 2, seed=0, max_iter=0,
               expected=(np.array([[7.0], [12.0]]), np.array([0, 1, 0, 0]), 0))


def test_kmeans_plus_plus_in_2d_by_hand(kata):
    """k-means++ with seed 1 on (0,0), (3,4), (6,0), (0,8): centres (3,4), then (0,8), then (0,0)."""
    # default_rng(1): integers(4) = 1 -> (3, 4); random() = 0.95046, then 0.14416.
    # D² to (3,4): [25, 0, 25, 25], cumulative [25, 25, 50, 75]; 0.95046 · 75 = 71.3 -> row 3 (0, 8).
    # D² to the nearer of (3,4), (0,8): [25, 0, 25, 0], cumulative [25, 25, 50, 50]; 0.14416 · 50 = 7.2 -> row 0.
    # Labels: (6,0) is 25 from (3,4), 36 from (0,0) -> 0.
    X = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 0.0], [0.0, 8.0]])
    kata.check("kmeans", X, 3, seed=1, max_iter=0,
               expected=(np.array([[3.0, 4.0], [0.0, 8.0], [0.0, 0.0]]), np.array([2, 0, 0, 1]), 0))


def test_kmeans_plus_plus_matches_reference(kata, rng):
    """The seeded k-means++ draws alone (max_iter = 0) on random blobs, for many seeds and k."""
    arg_sets = []
    for _ in range(8):
        n, d, k = int(rng.integers(5, 40)), int(rng.integers(1, 4)), int(rng.integers(2, 6))
        arg_sets.append(((_blobs(rng, n, d, k), k), dict(seed=int(rng.integers(0, 10_000)), max_iter=0)))
    kata.check_each("kmeans", arg_sets)


def test_matches_reference_on_random_blobs(kata, rng):
    """Full runs on random blobs: k-means++ then Lloyd, default tol, tol = 0 and small max_iter."""
    arg_sets = []
    for case in range(10):
        n, d, k = int(rng.integers(6, 60)), int(rng.integers(1, 4)), int(rng.integers(1, 6))
        X = _blobs(rng, n, d, k)
        kwargs = [dict(), dict(tol=0.0), dict(max_iter=int(rng.integers(1, 4)), tol=0.0)][case % 3]
        arg_sets.append(((X, k), dict(seed=int(rng.integers(0, 10_000)), **kwargs)))
    kata.check_each("kmeans", arg_sets)


def test_matches_reference_from_given_centres(kata, rng):
    """Lloyd's iterations alone, from random given centres (some far away, so clusters can empty)."""
    arg_sets = []
    for _ in range(6):
        n, d, k = int(rng.integers(6, 40)), int(rng.integers(1, 4)), int(rng.integers(2, 6))
        X = _blobs(rng, n, d, k)
        init = 8 * rng.standard_normal((k, d))
        arg_sets.append(((X, k), dict(init=init, tol=float(rng.choice([0.0, 1e-3, 0.1])))))
    kata.check_each("kmeans", arg_sets)


def test_one_cluster_is_the_mean(kata, rng):
    """k = 1: the centre is the mean of X after one iteration; the second moves nothing (n_iter 2)."""
    X = rng.standard_normal((9, 3))
    kata.check("kmeans", X, 1, seed=3, tol=1e-12,
               expected=(X.mean(axis=0, keepdims=True), np.zeros(9, dtype=np.int64), 2))


def test_k_equals_n(kata):
    """k = n: k-means++ takes every row once; each row is its own cluster."""
    X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 3.0]])
    kata.check("kmeans", X, 3, seed=4)


def test_inertia_never_rises(kata, rng):
    """The sum of squared distances to the returned centres never rises as max_iter grows (same seed)."""
    X = _blobs(rng, 50, 2, 4)
    inertias = []
    for result in kata.calls("kmeans", [((X, 4), dict(seed=11, max_iter=max_iter, tol=0.0)) for max_iter in range(0, 6)]):
        centres, labels = np.asarray(result.value[0]), np.asarray(result.value[1])
        inertias.append(float(((X - centres[labels]) ** 2).sum()))
    require(all(b <= a + 1e-9 for a, b in zip(inertias, inertias[1:])),
            f"with seed 11 and max_iter = 0 … 5 the inertia should never rise, but it went {np.round(inertias, 4)}")


def test_k_larger_than_n_raises(kata):
    """k = 3 with only 2 rows raises ValueError."""
    kata.raises("ValueError", "kmeans", np.array([[0.0], [1.0]]), 3)


def test_k_zero_raises(kata):
    """k = 0 raises ValueError."""
    kata.raises("ValueError", "kmeans", np.array([[0.0], [1.0]]), 0)


def test_init_of_the_wrong_shape_raises(kata):
    """init with 3 centres for k = 2 raises ValueError."""
    kata.raises("ValueError", "kmeans", np.array([[0.0], [1.0], [2.0]]), 2, init=np.array([[0.0], [1.0], [2.0]]))


def test_too_few_distinct_rows_raises(kata):
    """k = 3 but X has only 2 distinct rows: k-means++ runs out of points with D² > 0: ValueError."""
    kata.raises("ValueError", "kmeans", np.array([[1.0], [1.0], [2.0]]), 3, seed=0)


def test_kmeans_plus_plus_uses_the_nearest_centre(kata):
    """k-means++ with seed 2 on 0, 1, 6, 10: centres 10, 0, then 6 (D² to the NEAREST centre, not the last one)."""
    # default_rng(2): integers(4) = 3 -> 10; random() = 0.29849, then 0.81423.
    # D² to 10: [100, 81, 16, 0], cumulative [100, 181, 197, 197]; 0.29849 · 197 = 58.8 -> row 0 (0).
    # D² to the nearer of 10, 0: [0, 1, 16, 0], cumulative [0, 1, 17, 17]; 0.81423 · 17 = 13.8 -> row 2 (6).
    # (D² to the last centre 0 alone: [0, 1, 36, 100], cumulative [0, 1, 37, 137]; 111.5 -> row 3, 10 again.)
    X = np.array([[0.0], [1.0], [6.0], [10.0]])
    kata.check("kmeans", X, 3, seed=2, max_iter=0,
               expected=(np.array([[10.0], [0.0], [6.0]]), np.array([1, 1, 2, 0]), 0))


def test_shift_is_the_largest_centre_move(kata):
    """Two centres move by 0.5 each: shift = max = 0.5 ≤ tol = 0.5 stops (the norm of all moves, 0.707, would not)."""
    # Centres 0.5 and 10.5 -> means 1 and 11: each moves exactly 0.5.
    X = np.array([[0.0], [2.0], [10.0], [12.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.5], [10.5]]), tol=0.5,
               expected=(np.array([[1.0], [11.0]]), np.array([0, 0, 1, 1]), 1))


def test_shift_is_the_largest_move_not_the_total(kata):
    """Moves of 0.3 and 0.4 (centres 0.7 → 1, 10.6 → 11): shift 0.4 ≤ tol = 0.45 stops; total 0.7 or norm 0.5 would not."""
    X = np.array([[0.0], [2.0], [10.0], [12.0]])
    kata.check("kmeans", X, 2, init=np.array([[0.7], [10.6]]), tol=0.45,
               expected=(np.array([[1.0], [11.0]]), np.array([0, 0, 1, 1]), 1))
    # tol = 0.35 < 0.4: a second iteration runs and moves nothing.
    kata.check("kmeans", X, 2, init=np.array([[0.7], [10.6]]), tol=0.35,
               expected=(np.array([[1.0], [11.0]]), np.array([0, 0, 1, 1]), 2))


def test_one_row(kata):
    """n = 1, k = 1 (the smallest input): the centre is the row, label 0; the first iteration moves nothing (n_iter 1)."""
    kata.check("kmeans", np.array([[0.7, -0.1]]), 1, seed=5,
               expected=(np.array([[0.7, -0.1]]), np.array([0]), 1))


def test_kmeans_plus_plus_with_one_row_left_to_pick(kata):
    """k = 2 on 1, 1, 2 with seed 1: first row 1 (a 1), D² = [0, 0, 1]: only the 2 can come next (no ValueError)."""
    # default_rng(1): integers(3) = 1; D² to 1: [0, 0, 1], cumulative [0, 0, 1]; u = 0.9505 -> row 2.
    # Every D² but one is 0: that is not "every D² equal to 0", so no error.
    kata.check("kmeans", np.array([[1.0], [1.0], [2.0]]), 2, seed=1, max_iter=0,
               expected=(np.array([[1.0], [2.0]]), np.array([0, 0, 1]), 0))


def test_init_is_checked_before_the_shortcut(kata):
    """max_iter = 0 returns the start, but init is checked before the shortcut: 3 centres for k = 2 raise ValueError."""
    kata.raises("ValueError", "kmeans", np.array([[0.0], [1.0], [2.0]]), 2, init=np.array([[0.0], [1.0], [2.0]]),
                max_iter=0)
