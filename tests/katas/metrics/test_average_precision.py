"""Hidden tests for metrics/average_precision: average_precision(y_true, y_score)."""
import numpy as np


def test_no_ties_by_hand(kata):
    """0.8 pos, 0.4 neg, 0.35 pos, 0.1 neg: AP = 0.5·1 + 0.5·(2/3) = 5/6."""
    # the 11-point form would give (6·1 + 5·2/3)/11 = 0.8485; trapezoids 0.7917
    kata.check("average_precision", np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8]), expected=5 / 6)


def test_no_interpolation_by_hand(kata):
    """pos, neg, pos, pos in score order: the positives are found at precisions 1, 2/3, 3/4 -> AP = 29/36."""
    # thresholds 0.9 (P 1, R 1/3), 0.8 (P 1/2, no recall gain), 0.7 (P 2/3, R 2/3), 0.6 (P 3/4, R 1)
    # AP = (1 + 2/3 + 3/4)/3 = 29/36; interpolation would use the best precision at or beyond each
    # recall, 1, 3/4, 3/4 -> 5/6
    kata.check("average_precision", np.array([1, 0, 1, 1]), np.array([0.9, 0.8, 0.7, 0.6]), expected=29 / 36)


def test_precision_can_rise_by_hand(kata):
    """0.9 neg, 0.8 pos, 0.7 pos: precisions 1/2 then 2/3 -> AP = 0.5·0.5 + 0.5·(2/3) = 7/12."""
    kata.check("average_precision", np.array([0, 1, 1]), np.array([0.9, 0.8, 0.7]), expected=7 / 12)


def test_tied_scores_are_one_threshold_by_hand(kata):
    """Scores 0.9 pos, 0.5 pos, 0.5 neg, 0.1 neg: the tie at 0.5 is one threshold with precision 2/3."""
    # threshold 0.9: P 1, R 1/2; threshold 0.5: TP 2, FP 1 -> P 2/3, R 1; AP = 0.5 + 0.5·(2/3) = 5/6
    # (taking the tied positive before the tied negative would give 1.0)
    kata.check("average_precision", np.array([1, 1, 0, 0]), np.array([0.9, 0.5, 0.5, 0.1]), expected=5 / 6)


def test_lowest_score_is_a_threshold_by_hand(kata):
    """The lowest score is a threshold too (score ≥ t): 0.9 pos, 0.8 neg, 0.1 pos -> 5/6."""
    # 0.9: P 1, R 1/2; 0.8: P 1/2, no recall gain; 0.1: P 2/3, R 1 -> 0.5 + 0.5·(2/3)
    kata.check("average_precision", np.array([1, 0, 1]), np.array([0.9, 0.8, 0.1]), expected=5 / 6)


def test_all_scores_tied_by_hand(kata):
    """One threshold holding everything: AP = the fraction of positives, 2/4."""
    kata.check("average_precision", np.array([1, 0, 0, 1]), np.full(4, 0.5), expected=0.5)


def test_perfect_ranking_by_hand(kata):
    """Every positive above every negative: AP = 1.0."""
    kata.check("average_precision", np.array([0, 1, 0, 1, 1]), np.array([0.1, 0.9, 0.2, 0.8, 0.7]), expected=1.0)


def test_matches_reference_on_continuous_scores(kata, rng):
    """Random labels and continuous scores, n from 1 to 300."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(1, 300))
        y = rng.integers(0, 2, n)
        y[0] = 1
        arg_sets.append(((y, rng.standard_normal(n) + y), {}))
    kata.check_each("average_precision", arg_sets)


def test_matches_reference_on_scores_with_many_ties(kata, rng):
    """Scores rounded to one decimal, or small integers: many tie groups mixing both classes."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(2, 200))
        y = rng.integers(0, 2, n)
        y[0] = 1
        arg_sets.append(((y, np.round(rng.uniform(0, 1, n) * 0.7 + 0.3 * y, 1)), {}))
        arg_sets.append(((y, rng.integers(0, 4, n) + y), {}))
    kata.check_each("average_precision", arg_sets)


def test_no_positive_gives_zero(kata):
    """y_true all 0: AP is pinned to 0.0 (a float, not nan, not the int 0)."""
    kata.check("average_precision", np.array([0, 0, 0]), np.array([0.2, 0.9, 0.4]), expected=0.0)


def test_only_positives_give_one(kata):
    """y_true all 1: precision is 1 at every threshold -> 1.0."""
    kata.check("average_precision", np.array([1, 1, 1]), np.array([0.2, 0.9, 0.2]), expected=1.0)


def test_single_sample(kata):
    """n = 1: a single positive gives 1.0, a single negative 0.0."""
    kata.check("average_precision", np.array([1]), np.array([0.3]), expected=1.0)
    kata.check("average_precision", np.array([0]), np.array([0.3]), expected=0.0)


def test_lists_as_inputs(kata):
    """Python lists in (integer scores), a float out."""
    # 3: pos (P 1, R 1/2); 2: neg; 1: pos (P 2/3, R 1) -> 5/6
    kata.check("average_precision", [1, 0, 1], [3, 2, 1], expected=5 / 6)


def test_only_order_matters(kata, rng):
    """A strictly increasing transform of the scores leaves AP unchanged."""
    y = rng.integers(0, 2, 60)
    y[0] = 1
    score = np.round(rng.standard_normal(60), 1)
    kata.check("average_precision", y, 2 * score + 5.0, expected=kata.expected("average_precision", y, score))


def test_empty_raises(kata):
    """n = 0: ValueError."""
    kata.raises("ValueError", "average_precision", np.array([], dtype=np.int64), np.array([], dtype=float))


def test_different_lengths_raise(kata):
    """y_true of length 2, y_score of length 3: ValueError."""
    kata.raises("ValueError", "average_precision", np.array([0, 1]), np.array([0.1, 0.5, 0.9]))


def test_one_label_does_not_broadcast(kata):
    """1 label and 3 scores: ValueError, even though numpy would broadcast the label to every score."""
    kata.raises("ValueError", "average_precision", np.array([1]), np.array([0.1, 0.5, 0.9]))


def test_labels_other_than_0_and_1_raise(kata):
    """y_true = [1, 2, 0]: ValueError."""
    kata.raises("ValueError", "average_precision", np.array([1, 2, 0]), np.array([0.1, 0.5, 0.9]))


def test_labels_are_checked_before_the_shortcut(kata):
    """No positive at all gives 0.0, but labels are checked before the shortcut: [0, 2] raises ValueError."""
    kata.raises("ValueError", "average_precision", np.array([0, 2]), np.array([0.7, 0.1]))
    kata.raises("ValueError", "average_precision", [0, 0, -1], [0.1, 0.2, 0.3])
