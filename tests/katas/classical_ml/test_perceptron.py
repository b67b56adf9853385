"""Hidden tests for classical_ml/perceptron: perceptron(X, y, *, n_epochs) -> (w, b, mistakes)."""
import numpy as np

from grader.testing import require


def test_first_point_on_the_boundary_is_a_mistake(kata):
    """w = 0, b = 0 puts the first sample exactly on the boundary (margin 0 ≤ 0): it updates, w = [2, 1], b = 1."""
    # Epoch 1: sample 0 margin 0 → update; sample 1 margin −1·(−2 − 1 + 1) = 2 > 0. Epoch 2: no mistake.
    kata.check("perceptron", np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1, -1]), n_epochs=10,
               expected=(np.array([2.0, 1.0]), 1.0, [1, 0]))


def test_boundary_after_an_update(kata):
    """After the first update (w = [1, 1], b = 1) the second sample (−1, 0) has margin exactly 0: it updates too."""
    # Sample 1: 1·(−1 + 0 + 1) = 0 ≤ 0 → w = [0, 1], b = 2. Epoch 2: margins 3 and 2, no mistake.
    kata.check("perceptron", np.array([[1.0, 1.0], [-1.0, 0.0]]), np.array([1, 1]), n_epochs=10,
               expected=(np.array([0.0, 1.0]), 2.0, [2, 0]))


def test_negative_label_by_hand(kata):
    """One sample x = [1, 2] with label −1: w = −x = [−1, −2], b = −1, then an epoch without mistakes."""
    kata.check("perceptron", np.array([[1.0, 2.0]]), np.array([-1]), n_epochs=10,
               expected=(np.array([-1.0, -2.0]), -1.0, [1, 0]))


def test_eight_epochs_by_hand(kata):
    """x = 1 (label +1), x = 3 (label −1): eight epochs with mistakes [2, 1, 2, 1, 2, 1, 1, 0], ending at w = −2, b = 4."""
    # (w, b) after each update: (1, 1), (−2, 0) | (−1, 1) | (0, 2) on a margin-0 tie, (−3, 1) | (−2, 2) |
    # (−1, 3), (−4, 2) on another tie | (−3, 3) | (−2, 4) on a tie | no mistake.
    kata.check("perceptron", np.array([[1.0], [3.0]]), np.array([1, -1]), n_epochs=10,
               expected=(np.array([-2.0]), 4.0, [2, 1, 2, 1, 2, 1, 1, 0]))


def test_stops_after_n_epochs(kata):
    """The same data with n_epochs = 5: five epochs run, mistakes [2, 1, 2, 1, 2], w = −4, b = 2."""
    kata.check("perceptron", np.array([[1.0], [3.0]]), np.array([1, -1]), n_epochs=5,
               expected=(np.array([-4.0]), 2.0, [2, 1, 2, 1, 2]))


def test_matches_reference_on_separable_data(kata, rng):
    """Random linearly separable data in 1 to 4 dimensions (labels from a random hyperplane)."""
    arg_sets = []
    for _ in range(8):
        n, d = int(rng.integers(2, 30)), int(rng.integers(1, 5))
        X = rng.standard_normal((n, d))
        scores = X @ rng.standard_normal(d) + 0.3 * float(rng.standard_normal())
        y = np.where(scores > 0, 1, -1)
        arg_sets.append(((X, y), {"n_epochs": 50}))
    kata.check_each("perceptron", arg_sets)


def test_matches_reference_on_xor(kata):
    """XOR is not separable: every one of the 6 epochs makes mistakes."""
    X = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    kata.check("perceptron", X, np.array([-1, -1, 1, 1]), n_epochs=6)


def test_float_labels(kata):
    """Labels given as floats ±1.0 work the same: w = [2, 1], b = 1.0, mistakes [1, 0]."""
    kata.check("perceptron", np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1.0, -1.0]), n_epochs=10,
               expected=(np.array([2.0, 1.0]), 1.0, [1, 0]))


def test_integer_features_give_float_weights(kata):
    """X holds ints: w is still a float64 array and b a float (w = [2, 1], b = 1.0)."""
    kata.check("perceptron", np.array([[2, 1], [-1, -1]]), np.array([1, -1]), n_epochs=10,
               expected=(np.array([2.0, 1.0]), 1.0, [1, 0]))


def test_zero_epochs(kata):
    """n_epochs = 0: nothing runs: (zeros(d), 0.0, [])."""
    kata.check("perceptron", np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1, -1]), n_epochs=0,
               expected=(np.zeros(2), 0.0, []))


def test_no_samples(kata):
    """n = 0: one epoch runs and makes no mistake: (zeros(d), 0.0, [0])."""
    kata.check("perceptron", np.zeros((0, 3)), np.zeros(0, dtype=np.int64), n_epochs=4,
               expected=(np.zeros(3), 0.0, [0]))


def test_no_samples_and_zero_epochs(kata):
    """n = 0 AND n_epochs = 0: no epoch runs at all, so mistakes is [] (not [0]): (zeros(d), 0.0, [])."""
    # len(mistakes) ≤ n_epochs = 0, so the list is empty; w stays zeros(3), b stays 0.0.
    kata.check("perceptron", np.zeros((0, 3)), np.zeros(0, dtype=np.int64), n_epochs=0,
               expected=(np.zeros(3), 0.0, []))


def test_labels_must_be_plus_or_minus_one(kata):
    """0/1 labels raise ValueError, and so does a label 2 among ±1 labels."""
    X = np.array([[2.0, 1.0], [-1.0, -1.0], [0.5, 0.5]])
    kata.raises("ValueError", "perceptron", X, np.array([1, 0, 1]), n_epochs=5)
    kata.raises("ValueError", "perceptron", X, np.array([1, -1, 2]), n_epochs=5)


def test_converged_weights_separate_the_data(kata, rng):
    """On separable data with a margin, training ends with an epoch of 0 mistakes and every margin > 0."""
    X = rng.standard_normal((40, 3))
    scores = X @ np.array([1.0, -2.0, 0.5]) + 0.2
    keep = np.abs(scores) > 0.3
    X, y = X[keep], np.where(scores[keep] > 0, 1, -1)
    result = kata.call("perceptron", X, y, n_epochs=1000)
    w, b, mistakes = result.value
    margins = y * (X @ np.asarray(w, dtype=float) + b)
    require(len(mistakes) < 1000 and mistakes[-1] == 0 and 0 not in mistakes[:-1],
            f"{result.shown}: training should stop right after the first epoch without mistakes, got {mistakes[-5:]}")
    require(np.all(margins > 0), f"{result.shown}: the final (w, b) should classify every sample correctly")


def test_labels_are_checked_before_the_shortcut(kata):
    """n_epochs = 0 returns at once, but labels are checked before the shortcut: 0/1 labels raise ValueError."""
    kata.raises("ValueError", "perceptron", np.array([[1.0], [2.0]]), np.array([0, 1]), n_epochs=0)
