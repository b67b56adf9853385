"""Hidden tests for losses/triplet_batch_hard: batch_hard_triplet_loss(embeddings, labels, margin, squared)."""
import numpy as np

X = np.array([[0.0], [0.3], [1.0], [1.9]])
Y = np.array([0, 0, 1, 1])


def test_hardest_pairs_by_hand(kata):
    """Margin 0.5: anchors cost max(0, 0.3 − 1 + .5) = 0, 0.3 − 0.7 + .5 = 0.1, 0.9 − 0.7 + .5 = 0.7, 0.9 − 1.6 + .5 → 0: mean 0.2."""
    kata.check("batch_hard_triplet_loss", X, Y, 0.5, expected=0.2)


def test_squared_distances_by_hand(kata):
    """squared=True: 0.09 − 0.49 + 0.5 = 0.1 and 0.81 − 0.49 + 0.5 = 0.82, the others clip to 0: mean 0.23."""
    kata.check("batch_hard_triplet_loss", X, Y, 0.5, True, expected=0.23)


def test_hardest_positive_is_the_farthest(kata):
    """Class 0 at 0, 0.1 and 0.7 against a negative at 1.1, margin 0.1: anchor 0 uses the positive at 0.7 (0.7 − 1.1 + .1 → 0), anchor 1: 0.6 − 1.0 + 0.1 → 0, anchor 2: 0.7 − 0.4 + 0.1 = 0.4, the negative: 1.1 − 0.4 + 0.1 = 0.8 is skipped (no positive): mean 0.4 / 3."""
    x = np.array([[0.0], [0.1], [0.7], [1.1]])
    kata.check("batch_hard_triplet_loss", x, np.array([0, 0, 0, 1]), 0.1, expected=0.4 / 3)


def test_anchor_without_positive_is_skipped(kata):
    """A singleton class gives no anchor and is not counted: (0 + 0.1) / 2, not / 3."""
    x = np.array([[0.0], [0.3], [1.0]])
    kata.check("batch_hard_triplet_loss", x, np.array([0, 0, 1]), 0.5, expected=0.05)


def test_no_valid_anchor(kata):
    """One class only (no negatives), all singletons (no positives), N = 1 and N = 0: the loss is 0.0."""
    x = np.array([[0.0, 1.0], [2.0, 0.5], [0.3, 0.3]])
    kata.check("batch_hard_triplet_loss", x, np.array([4, 4, 4]), 1.0, expected=0.0)
    kata.check("batch_hard_triplet_loss", x, np.array([0, 1, 2]), 1.0, expected=0.0)
    kata.check("batch_hard_triplet_loss", x[:1], np.array([0]), 1.0, expected=0.0)
    kata.check("batch_hard_triplet_loss", np.zeros((0, 2)), np.zeros(0, dtype=np.int64), 1.0, expected=0.0)


def test_margin_zero_and_the_hinge(kata):
    """margin 0: only anchors whose hardest positive is farther than the hardest negative cost (0.9 − 0.7 = 0.2): mean 0.05."""
    kata.check("batch_hard_triplet_loss", X, Y, 0.0, expected=0.05)


def test_euclidean_in_several_dimensions(kata):
    """2-D: 3-4-5 triangles. Anchor (0,0): positive (3,4) at 5, negative (6,0) at 6: 5 − 6 + 2 = 1; (3,4): 5 − 5 + 2 = 2; (6,0) skipped: mean 1.5."""
    x = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 0.0]])
    kata.check("batch_hard_triplet_loss", x, np.array([7, 7, 9]), 2.0, expected=1.5)
    # squared: 25 − 36 + 2 → 0 and 25 − 25 + 2 = 2: mean 1.0
    kata.check("batch_hard_triplet_loss", x, np.array([7, 7, 9]), 2.0, True, expected=1.0)


def test_large_coordinates_of_both_signs(kata):
    """Points at ±1000: distances 2000 apart, no overflow: anchor costs max(0, 1 − 2000 + 5) = 0, the far pair 0 too."""
    x = np.array([[-1000.0], [-999.0], [1000.0], [1001.0]])
    kata.check("batch_hard_triplet_loss", x, np.array([0, 0, 1, 1]), 5.0, expected=0.0)
    kata.check("batch_hard_triplet_loss", x, np.array([0, 1, 0, 1]), 5.0, expected=2000.0 - 1.0 + 5.0)


def test_duplicate_points(kata):
    """Identical embeddings: distance 0 (not nan); positive 0, negative 0, margin 0.3 gives 0.3 per anchor."""
    x = np.array([[1.5, -2.0]] * 4)
    kata.check("batch_hard_triplet_loss", x, np.array([0, 0, 1, 1]), 0.3, expected=0.3)


def test_duplicate_points_whose_gram_distance_rounds(kata):
    """x0 = x1 = [0.3, 1.7, 0.2] (class 0), x2 = x0 + [1, 0, 0] (class 1): d_pos = 0, d_neg = 1; margin 0.5 → 0, 1.5 → 0.5."""
    # anchors 0 and 1: max(0, 0 − 1 + margin); anchor 2 has no positive and is skipped
    x = np.array([[0.3, 1.7, 0.2], [0.3, 1.7, 0.2], [1.3, 1.7, 0.2]])
    y = np.array([0, 0, 1])
    kata.check("batch_hard_triplet_loss", x, y, 0.5, expected=0.0)
    kata.check("batch_hard_triplet_loss", x, y, 1.5, expected=0.5)
    kata.check("batch_hard_triplet_loss", x, y, 1.5, True, expected=0.5)


def test_validation(kata):
    """ValueError: 1-D embeddings, D = 0, labels of the wrong shape, margin < 0."""
    kata.raises("ValueError", "batch_hard_triplet_loss", np.zeros(3), np.zeros(3, dtype=np.int64))
    kata.raises("ValueError", "batch_hard_triplet_loss", np.zeros((3, 0)), np.zeros(3, dtype=np.int64))
    kata.raises("ValueError", "batch_hard_triplet_loss", np.zeros((3, 2)), np.zeros(2, dtype=np.int64))
    kata.raises("ValueError", "batch_hard_triplet_loss", np.zeros((3, 2)), np.zeros(3, dtype=np.int64), -0.1)
    kata.raises("ValueError", "batch_hard_triplet_loss", np.zeros((0, 2)), np.zeros(0, dtype=np.int64), -1.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random embeddings, N up to 32, 1–5 classes (singletons possible), squared or not, margins 0..1."""
    arg_sets = []
    for n, d, c in ((5, 1, 2), (12, 3, 4), (32, 8, 5), (6, 2, 6)):
        x = rng.normal(size=(n, d))
        y = rng.integers(0, c, size=n)
        for squared in (False, True):
            arg_sets.append(((x, y, float(rng.uniform(0, 1)), squared), {}))
    kata.check_each("batch_hard_triplet_loss", arg_sets)
