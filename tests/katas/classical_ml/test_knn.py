"""Hidden tests for classical_ml/knn: knn_predict(X_train, y_train, X_test, k)."""
import numpy as np

from grader.testing import require

LINE_X = np.array([[0.0], [1.0], [2.0], [10.0]])
LINE_Y = np.array([0, 0, 1, 1])


def test_one_neighbour_by_hand(kata):
    """k = 1 on the line 0, 1, 2, 10 (labels 0, 0, 1, 1): 0.4 → 0, 9 → 1, 1.6 → 1."""
    kata.check("knn_predict", LINE_X, LINE_Y, np.array([[0.4], [9.0], [1.6]]), 1,
               expected=np.array([0, 1, 1]))


def test_three_neighbours_by_hand(kata):
    """k = 3: 1.2 has neighbours 1, 2, 0 (labels 0, 1, 0) → 0; 9 has 10, 2, 1 (labels 1, 1, 0) → 1."""
    kata.check("knn_predict", LINE_X, LINE_Y, np.array([[1.2], [9.0]]), 3, expected=np.array([0, 1]))


def test_euclidean_not_manhattan_by_hand(kata):
    """From (0, 0), (2, 2) is nearer than (3, 0) in Euclidean distance (√8 < 3), though not in Manhattan (4 > 3)."""
    kata.check("knn_predict", np.array([[3.0, 0.0], [2.0, 2.0]]), np.array([0, 1]), np.array([[0.0, 0.0]]), 1,
               expected=np.array([1]))


def test_vote_ties_go_to_the_smallest_label(kata):
    """k = 2 with one vote each: the smaller label wins, whichever neighbour is nearer."""
    X = np.array([[0.0], [1.0]])
    # From 0.2 the nearer neighbour has label 3 and the other 5: a 1–1 tie, the smaller label 3 wins.
    kata.check("knn_predict", X, np.array([3, 5]), np.array([[0.2]]), 2, expected=np.array([3]))
    # Swap the labels: the nearer neighbour now has label 5, but the tie still goes to 3.
    kata.check("knn_predict", X, np.array([5, 3]), np.array([[0.2]]), 2, expected=np.array([3]))


def test_three_way_vote_tie(kata):
    """k = 3, labels 4, 9, 2 at 0, 1, 2, query 0: each label has one vote, the smallest (2) wins."""
    kata.check("knn_predict", np.array([[0.0], [1.0], [2.0]]), np.array([4, 9, 2]), np.array([[0.0]]), 3,
               expected=np.array([2]))


def test_distance_ties_go_to_the_smaller_index(kata):
    """k = 1: −1 and 1 are equally far from 0; index 0 (label 7) wins over index 1 (label 2)."""
    kata.check("knn_predict", np.array([[-1.0], [1.0]]), np.array([7, 2]), np.array([[0.0]]), 1,
               expected=np.array([7]))


def test_distance_tie_at_the_kth_neighbour(kata):
    """k = 3 from 0: point 0 (label 1), then three points at distance 2; the two smallest indices (labels 2, 3) are kept."""
    # Neighbours: index 0 (distance 0), then indices 1, 2 of the tied 1, 2, 3: labels 1, 2, 3 → a tie → 1.
    # Keeping index 3 (label 3) instead of 1 would give labels 1, 3, 3 → 3.
    kata.check("knn_predict", np.array([[0.0], [2.0], [-2.0], [2.0]]), np.array([1, 2, 3, 3]),
               np.array([[0.0]]), 3, expected=np.array([1]))


def test_matches_reference_with_many_distance_ties(kata, rng):
    """Training and test points on a small integer grid (many equally far points), k = 3, 5, 8."""
    X = rng.integers(-2, 3, (60, 2)).astype(float)
    y = rng.integers(0, 4, 60)
    X_test = rng.integers(-2, 3, (15, 2)).astype(float)
    for k in (3, 5, 8):
        kata.check("knn_predict", X, y, X_test, k)


def test_matches_reference_on_random_data(kata, rng):
    """Random clusters in 1 to 5 dimensions, 2 to 4 classes, odd and even k."""
    arg_sets = []
    for _ in range(8):
        n, d, classes = int(rng.integers(5, 50)), int(rng.integers(1, 6)), int(rng.integers(2, 5))
        y = rng.integers(0, classes, n)
        X = rng.standard_normal((n, d)) + 1.5 * y[:, None]
        X_test = rng.standard_normal((int(rng.integers(1, 20)), d)) + 1.5
        arg_sets.append(((X, y, X_test, int(rng.integers(1, n + 1))), {}))
    kata.check_each("knn_predict", arg_sets)


def test_negative_labels(kata):
    """Labels may be negative: k = 3 from 0.1 sees labels −3, 5, −3 → −3; from 9.6, labels 5, 5, 5 → 5."""
    X = np.array([[0.0], [1.0], [-1.0], [10.0], [9.0]])
    y = np.array([-3, 5, -3, 5, 5])
    # 0.1: distances 0.1, 0.9, 1.1, 9.9, 8.9 → indices 0, 1, 2: labels −3, 5, −3 → −3.
    # 9.6: indices 3 (0.4), 4 (0.6), 1 (8.6): labels 5, 5, 5 → 5.
    kata.check("knn_predict", X, y, np.array([[0.1], [9.6]]), 3, expected=np.array([-3, 5]))


def test_k_equal_to_n_uses_every_point(kata):
    """k = n is allowed: every training point votes (labels 1, 1, 0, 0, 1 → 1, from any query)."""
    X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0]])
    kata.check("knn_predict", X, np.array([1, 1, 0, 0, 1]), np.array([[-5.0], [100.0]]), 5,
               expected=np.array([1, 1]))


def test_bad_k_raises(kata):
    """k = n + 1 raises ValueError, and so does k = 0."""
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([0, 1, 0])
    kata.raises("ValueError", "knn_predict", X, y, np.array([[0.5]]), 4)
    kata.raises("ValueError", "knn_predict", X, y, np.array([[0.5]]), 0)


def test_single_class(kata):
    """Every training label is 7: every prediction is 7 (int64), whatever k."""
    X = np.array([[0.0, 1.0], [2.0, -1.0], [3.0, 3.0]])
    kata.check("knn_predict", X, np.full(3, 7), np.array([[0.0, 0.0], [5.0, 5.0]]), 2, expected=np.array([7, 7]))


def test_no_test_points(kata):
    """m = 0 test points: an empty int64 array of shape (0,)."""
    kata.check("knn_predict", LINE_X, LINE_Y, np.zeros((0, 1)), 2, expected=np.zeros(0, dtype=np.int64))


def test_int32_labels_give_int64(kata):
    """y_train is int32: the result is still int64 (here k = 1: [0, 1, 1])."""
    kata.check("knn_predict", LINE_X, LINE_Y.astype(np.int32), np.array([[0.4], [9.0], [1.6]]), 1,
               expected=np.array([0, 1, 1]))


def test_training_points_predict_their_own_label(kata, rng):
    """k = 1 on distinct training points: each training point is its own nearest neighbour."""
    X = rng.standard_normal((30, 3))
    y = rng.integers(-2, 3, 30)
    result = kata.call("knn_predict", X, y, X, 1)
    got = np.asarray(result.value)
    require(got.shape == (30,) and np.array_equal(got, y),
            f"{result.shown}: with k = 1 every training point should get its own label back")
