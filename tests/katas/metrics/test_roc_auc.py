"""Hidden tests for metrics/roc_auc: roc_auc(y_true, y_score)."""
import numpy as np

from grader.testing import require


def test_no_ties_by_hand(kata):
    """Positives 0.35, 0.8; negatives 0.1, 0.4: 3 of 4 pairs ordered correctly -> 0.75."""
    kata.check("roc_auc", np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8]), expected=0.75)


def test_all_scores_tied_by_hand(kata):
    """Every score equal: all 6 pairs are ties, each worth 1/2 -> 0.5."""
    kata.check("roc_auc", np.array([0, 1, 1, 0, 1]), np.full(5, 0.3), expected=0.5)


def test_one_tie_counts_half_by_hand(kata):
    """Positives 0.5, 0.9; negatives 0.5, 0.2: 3 wins and one tie -> 3.5/4 = 0.875."""
    kata.check("roc_auc", np.array([0, 1, 0, 1]), np.array([0.5, 0.5, 0.2, 0.9]), expected=0.875)


def test_integer_scores_with_ties_by_hand(kata):
    """Integer scores: positives 3, 2, 1 vs negatives 3, 1, 0 -> (2.5 + 2 + 1.5)/9 = 2/3."""
    # 3: tie with 3 (0.5), beats 1 and 0 -> 2.5; 2: beats 1, 0 -> 2; 1: tie with 1, beats 0 -> 1.5
    kata.check("roc_auc", np.array([1, 0, 1, 0, 1, 0]), np.array([3, 3, 2, 1, 1, 0]), expected=2 / 3)


def test_perfect_and_reversed_by_hand(kata):
    """Every positive above every negative -> 1.0; every positive below -> 0.0."""
    kata.check("roc_auc", np.array([0, 1, 1, 0]), np.array([-2.0, 5.0, 3.0, 1.0]), expected=1.0)
    kata.check("roc_auc", np.array([1, 1, 0]), np.array([0.1, 0.2, 0.9]), expected=0.0)


def test_matches_reference_on_continuous_scores(kata, rng):
    """Random labels and continuous scores (no ties), n from 2 to 300."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(2, 300))
        y = rng.integers(0, 2, n)
        y[:2] = [0, 1]
        arg_sets.append(((y, rng.standard_normal(n) + y), {}))
    kata.check_each("roc_auc", arg_sets)


def test_matches_reference_on_scores_with_many_ties(kata, rng):
    """Scores rounded to one decimal, or small integers: many tie groups mixing both classes."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(2, 200))
        y = rng.integers(0, 2, n)
        y[:2] = [1, 0]
        score = np.round(rng.uniform(0, 1, n) * 0.7 + 0.3 * y, 1)
        arg_sets.append(((y, score), {}))
        arg_sets.append(((y, rng.integers(0, 4, n) + y), {}))
    kata.check_each("roc_auc", arg_sets)


def test_one_positive_one_negative(kata):
    """n = 2: one pair; a tie gives exactly 0.5."""
    kata.check("roc_auc", np.array([1, 0]), np.array([0.7, 0.7]), expected=0.5)
    kata.check("roc_auc", np.array([1, 0]), np.array([0.7, 0.6]), expected=1.0)


def test_lists_as_inputs(kata):
    """Python lists in, a float out."""
    kata.check("roc_auc", [1, 0, 0], [2, 1, 2], expected=0.75)


def test_only_order_matters(kata, rng):
    """A strictly increasing transform of the scores leaves the AUC unchanged."""
    y = rng.integers(0, 2, 50)
    y[:2] = [0, 1]
    score = np.round(rng.standard_normal(50), 1)
    expected = kata.expected("roc_auc", y, score)
    kata.check("roc_auc", y, np.exp(3 * score) - 7.0, expected=expected)


def test_single_class_raises(kata):
    """Only negatives, or only positives: AUC is undefined -> ValueError."""
    kata.raises("ValueError", "roc_auc", np.array([0, 0, 0]), np.array([0.1, 0.5, 0.9]))
    kata.raises("ValueError", "roc_auc", np.array([1, 1]), np.array([0.1, 0.5]))


def test_empty_raises(kata):
    """n = 0: no class at all -> ValueError."""
    kata.raises("ValueError", "roc_auc", np.array([], dtype=np.int64), np.array([], dtype=float))


def test_labels_other_than_0_and_1_raise(kata):
    """y_true = [0, 2, 1]: only 0 and 1 are allowed -> ValueError."""
    kata.raises("ValueError", "roc_auc", np.array([0, 2, 1]), np.array([0.1, 0.5, 0.9]))


def test_different_lengths_raise(kata):
    """y_true of length 3, y_score of length 4: ValueError."""
    kata.raises("ValueError", "roc_auc", np.array([0, 1, 1]), np.array([0.1, 0.5, 0.9, 0.3]))


def test_one_score_does_not_broadcast(kata):
    """3 labels and 1 score: ValueError, even though numpy would broadcast the score to every label."""
    kata.raises("ValueError", "roc_auc", np.array([0, 1, 1]), np.array([0.5]))


def test_swapping_the_classes_gives_one_minus_auc(kata, rng):
    """Relabelling positives as negatives (or negating the scores) turns AUC into 1 − AUC, ties included."""
    y = rng.integers(0, 2, 40)
    y[:2] = [0, 1]
    score = rng.integers(0, 5, 40).astype(float)
    auc = kata.call("roc_auc", y, score).value
    swapped = kata.call("roc_auc", 1 - y, score)
    negated = kata.call("roc_auc", y, -score)
    for result in (swapped, negated):
        require(isinstance(result.value, float) and abs(result.value - (1 - auc)) < 1e-12,
                f"{result.shown} returned {result.value!r}, but it should be 1 − {auc!r} = {1 - auc!r}: "
                f"swapping the classes (or reversing the scores) mirrors the ROC curve")
