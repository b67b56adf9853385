"""Hidden tests for classical_ml/fisher_lda: fisher_lda(X, y, *, reg=0.0) -> (w, threshold); lda_predict(X, w, threshold)."""
import numpy as np

from grader.testing import require

S5 = float(np.sqrt(5.0))
X1 = np.array([[0.0], [2.0], [4.0], [6.0]])
Y1 = np.array([0, 0, 1, 1])
# class 0: (0, 0), (2, 0), (1, 1), (1, −1): mean (1, 0), scatter diag(2, 2)
# class 1: (3, 3), (5, 3): mean (4, 3), scatter diag(2, 0);  S_W = diag(4, 2), mu_1 − mu_0 = (3, 3)
X2 = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.0], [1.0, -1.0], [3.0, 3.0], [5.0, 3.0]])
Y2 = np.array([0, 0, 0, 0, 1, 1])
W2 = np.array([1.0, 2.0]) / S5


def _two_gaussians(rng, n, d):
    y = np.zeros(n, dtype=np.int64)
    y[rng.permutation(n)[: int(rng.integers(2, n - 1))]] = 1
    A = rng.standard_normal((d, d))
    X = rng.standard_normal((n, d)) @ A + 2.0 * y[:, None] * rng.standard_normal(d)
    return X, y


def test_one_dimension_by_hand(kata):
    """Class 0 at 0, 2, class 1 at 4, 6: S_W = 4, v = 4/4, w = [1], threshold (1 + 5)/2 = 3."""
    kata.check("fisher_lda", X1, Y1, expected=(np.array([1.0]), 3.0))


def test_direction_accounts_for_the_spread(kata):
    """S_W = diag(4, 2), mu_1 − mu_0 = (3, 3): w ∝ (3/4, 3/2) ∝ (1, 2)/√5, not (1, 1)/√2; threshold 5.5/√5."""
    kata.check("fisher_lda", X2, Y2, expected=(W2, 5.5 / S5))


def test_classes_weigh_by_their_size(kata):
    """The same data: S_W sums the scatters (diag(2, 2) + diag(2, 0)); averaging covariances would give (1, 3)."""
    # Σ0 = diag(0.5, 0.5), Σ1 = diag(1, 0): Σ0 + Σ1 = diag(1.5, 0.5) would give w ∝ (2, 6) ∝ (1, 3).
    kata.check("fisher_lda", X2, Y2, expected=(W2, 5.5 / S5))


def test_points_from_class_zero_to_class_one(kata):
    """Class 1 BELOW class 0 (labels swapped): w = [−1] (it points towards class 1), threshold −3."""
    kata.check("fisher_lda", X1, np.array([1, 1, 0, 0]), expected=(np.array([-1.0]), -3.0))


def test_threshold_is_the_midpoint_whatever_the_sizes(kata):
    """Class 0 at 0, 1, 2 (three rows), class 1 at 10: w = [1], threshold (1 + 10)/2 = 5.5, not w·mean(X) = 3.25."""
    X = np.array([[0.0], [1.0], [2.0], [10.0]])
    kata.check("fisher_lda", X, np.array([0, 0, 0, 1]), expected=(np.array([1.0]), 5.5))


def test_reg_with_one_row_per_class(kata):
    """One row per class ((0, 0) and (1, 2)): S_W = 0, reg = 1: w = (1, 2)/√5, threshold w·(0.5, 1) = 2.5/√5."""
    kata.check("fisher_lda", np.array([[0.0, 0.0], [1.0, 2.0]]), np.array([0, 1]), reg=1.0,
               expected=(W2, 2.5 / S5))


def test_reg_changes_the_direction(kata):
    """X2 with reg = 2: (diag(4, 2) + 2I) v = (3, 3): v = (1/2, 3/4), w = (2, 3)/√13."""
    w = np.array([2.0, 3.0]) / np.sqrt(13.0)
    kata.check("fisher_lda", X2, Y2, reg=2.0, expected=(w, float(w @ np.array([2.5, 1.5]))))


def test_integer_input(kata):
    """Int X and y (the one-dimensional case): w = [1.0] float64, threshold 3.0."""
    kata.check("fisher_lda", X1.astype(int), Y1, expected=(np.array([1.0]), 3.0))


def test_tiny_and_huge_scales(kata):
    """X2 scaled by 1e-100 and 1e100: the same unit w, the threshold scaled."""
    for scale in (1e-100, 1e100):
        kata.check("fisher_lda", scale * X2, Y2, expected=(W2, scale * 5.5 / S5), atol=0.0)


def test_predict_by_hand(kata):
    """w = [1], threshold 3: 2.9 → 0, 3.0 (exactly at the threshold) → 0, 3.1 → 1."""
    kata.check("lda_predict", np.array([[2.9], [3.0], [3.1]]), np.array([1.0]), 3.0,
               expected=np.array([0, 0, 1], dtype=np.int64))


def test_predict_tie_in_two_dimensions(kata):
    """w = (0.6, 0.8), threshold 1: (1, 0.5) scores 0.6 + 0.4 = 1.0 exactly → 0; (1, 0.6) → 1; (0, 0) → 0."""
    X = np.array([[1.0, 0.5], [1.0, 0.6], [0.0, 0.0]])
    kata.check("lda_predict", X, np.array([0.6, 0.8]), 1.0, expected=np.array([0, 1, 0], dtype=np.int64))


def test_predict_no_rows(kata):
    """lda_predict on a (0, 2) X: an empty int64 array."""
    kata.check("lda_predict", np.zeros((0, 2)), np.array([0.6, 0.8]), 1.0, expected=np.zeros(0, dtype=np.int64))


def test_matches_reference_on_random_data(kata, rng):
    """Two random Gaussian classes (n ≤ 40, d ≤ 4), unequal sizes, with and without reg."""
    fits, predicts = [], []
    for n, d, reg in ((20, 2, 0.0), (40, 4, 0.0), (12, 3, 0.5), (30, 1, 0.0), (25, 4, 3.0)):
        X, y = _two_gaussians(rng, n, d)
        fits.append(((X, y), {"reg": reg}))
        predicts.append(((X, *kata.expected("fisher_lda", X, y, reg=reg)), {}))
    kata.check_each("fisher_lda", fits)
    kata.check_each("lda_predict", predicts)


def test_w_is_a_unit_vector_towards_class_one(kata, rng):
    """On random data: ‖w‖ = 1 and w·(mu_1 − mu_0) > 0."""
    X, y = _two_gaussians(rng, 30, 3)
    w, _ = kata.call("fisher_lda", X, y).value
    w = np.asarray(w)
    require(abs(np.linalg.norm(w) - 1.0) <= 1e-12, f"‖w‖ should be 1, got {np.linalg.norm(w)}")
    require(w @ (X[y == 1].mean(axis=0) - X[y == 0].mean(axis=0)) > 0, "w should point from class 0 to class 1")


def test_one_class_only_raises(kata):
    """y with only 0s raises ValueError."""
    kata.raises("ValueError", "fisher_lda", X1, np.zeros(4, dtype=int))


def test_other_labels_raise(kata):
    """y with a 2 in it raises ValueError (labels are 0 and 1)."""
    kata.raises("ValueError", "fisher_lda", X1, np.array([0, 1, 2, 1]))


def test_negative_reg_raises(kata):
    """reg = −1 raises ValueError."""
    kata.raises("ValueError", "fisher_lda", X1, Y1, reg=-1.0)


def test_bad_shapes_raise(kata):
    """A 1-D X, or y of the wrong length, raises ValueError."""
    kata.raises("ValueError", "fisher_lda", np.array([0.0, 2.0, 4.0, 6.0]), Y1)
    kata.raises("ValueError", "fisher_lda", X1, np.array([0, 1, 1]))
