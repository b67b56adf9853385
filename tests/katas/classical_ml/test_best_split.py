"""Hidden tests for classical_ml/best_split: best_split(x, y, *, criterion="gini")."""
import math

import numpy as np


def _entropy(*p):
    """Entropy in bits of the proportions p (hand arithmetic helper, not the reference)."""
    return -sum(q * math.log2(q) for q in p if q > 0)


def _decreases(x, y, criterion):
    """Every candidate's decrease, written out plainly: used to keep random cases free of ties."""
    values = np.unique(x)
    out = []
    for a, b in zip(values[:-1], values[1:]):
        t = (a + b) / 2
        parts = [y, y[x <= t], y[x > t]]
        imp = []
        for part in parts:
            p = np.unique(part, return_counts=True)[1] / len(part)
            imp.append(1 - np.sum(p ** 2) if criterion == "gini" else -np.sum(p * np.log2(p)))
        out.append(imp[0] - len(parts[1]) / len(y) * imp[1] - len(parts[2]) / len(y) * imp[2])
    return np.array(out)


def test_gini_by_hand(kata):
    """x = 1..5, y = [0, 0, 1, 0, 1], Gini: the best threshold is 2.5, decrease 16/75."""
    # Parent: 1 − (0.6² + 0.4²) = 0.48. Weighted children per threshold:
    #   1.5: 4/5 · 0.5 = 0.4             -> 0.08
    #   2.5: 3/5 · (1 − 1/9 − 4/9) = 4/15 -> 0.48 − 4/15 = 16/75 ≈ 0.2133  (best)
    #   3.5: 3/5 · 4/9 + 2/5 · 0.5 = 7/15 -> 1/75
    #   4.5: 4/5 · (1 − 9/16 − 1/16) = 0.3 -> 0.18
    kata.check("best_split", np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([0, 0, 1, 0, 1]),
               expected=(2.5, 16 / 75))


def test_entropy_by_hand(kata):
    """The same data with criterion="entropy" (bits): threshold 2.5, decrease H(0.6, 0.4) − 0.6·H(1/3, 2/3)."""
    # 2.5: 0.970951 − 3/5 · 0.918296 = 0.419973 (best); 4.5: 0.970951 − 4/5 · 0.811278 = 0.321928;
    # 1.5: 0.970951 − 4/5 · 1 = 0.170951; 3.5: 0.970951 − 3/5 · 0.918296 − 2/5 · 1 = 0.019973.
    kata.check("best_split", np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([0, 0, 1, 0, 1]),
               criterion="entropy", expected=(2.5, _entropy(0.6, 0.4) - 0.6 * _entropy(1 / 3, 2 / 3)))


def test_perfect_split_by_hand(kata):
    """x = [1, 2, 3, 4], y = [0, 0, 1, 1]: threshold 2.5 removes all the impurity (0.5 Gini, 1 bit)."""
    x, y = np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1])
    kata.check("best_split", x, y, criterion="gini", expected=(2.5, 0.5))
    kata.check("best_split", x, y, criterion="entropy", expected=(2.5, 1.0))


def test_tie_goes_to_the_smallest_threshold(kata):
    """x = [1, 2, 3, 4], y = [0, 1, 1, 0]: thresholds 1.5 and 3.5 tie (decrease 1/6); 1.5 wins."""
    # 1.5: left {0}, right {1, 1, 0}: 0.5 − 3/4 · 4/9 = 1/6. 3.5 is its mirror image. 2.5: 0.
    kata.check("best_split", np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0]), expected=(1.5, 1 / 6))


def test_tie_by_entropy_goes_to_the_smallest_threshold(kata):
    """The mirror-image tie with entropy: 1.5 wins with decrease 1 − 3/4 · H(1/3, 2/3)."""
    kata.check("best_split", np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0]), criterion="entropy",
               expected=(1.5, 1 - 0.75 * _entropy(1 / 3, 2 / 3)))


def test_unsorted_x_and_other_labels_by_hand(kata):
    """x in any order, labels 7 and 3: x = [4, 1, 3, 2], y = [7, 3, 7, 3] splits at 2.5, decrease 0.5."""
    kata.check("best_split", np.array([4.0, 1.0, 3.0, 2.0]), np.array([7, 3, 7, 3]), expected=(2.5, 0.5))


def test_repeated_values_are_one_candidate(kata):
    """x = [1, 1, 2, 3], y = [0, 0, 1, 1]: distinct values 1, 2, 3 give candidates 1.5 and 2.5; 1.5 wins (0.5)."""
    # Midpoints of DISTINCT values: there is no candidate 1.0 between the two 1s.
    kata.check("best_split", np.array([1.0, 1.0, 2.0, 3.0]), np.array([0, 0, 1, 1]), expected=(1.5, 0.5))


def test_repeated_values_stay_together(kata):
    """x = [2, 1, 2, 3, 2], y = [1, 0, 0, 1, 1]: all three 2s go to the same side; best 1.5, Gini 0.48 − 4/5 · 3/8."""
    # 1.5: left {0}, right {1, 0, 1, 1}: 1 − 1/16 − 9/16 = 3/8, weighted 4/5 · 3/8 = 0.3 -> 0.18
    # 2.5: left {1, 0, 0, 1} (x = 1, 2, 2, 2 -> labels 0, 1, 0, 1), right {1}: 4/5 · 0.5 = 0.4 -> 0.08
    kata.check("best_split", np.array([2.0, 1.0, 2.0, 3.0, 2.0]), np.array([1, 0, 0, 1, 1]),
               expected=(1.5, 0.48 - 0.8 * 0.375))


def test_left_is_x_at_most_the_threshold_when_the_midpoint_rounds(kata):
    """x = [1, nextafter(1, 2)], y = [0, 1]: the midpoint rounds to 1.0 itself, and x ≤ 1.0 still sends the first row left."""
    # v1 = 1.0, v2 = 1 + 2**-52 (adjacent floats). (v1 + v2) / 2: v1 + v2 = 2 + 2**-52 is halfway
    # between the floats 2 and 2 + 2**-51 and rounds to even, 2.0; / 2 gives t = 1.0 = v1.
    # Left = {x ≤ 1.0} = {row 0, label 0}, right = {row 1, label 1}: both pure, so the decrease is
    # the parent's Gini 1 − (1/4 + 1/4) = 0.5. With x < t the left side would be empty: decrease 0.
    x = np.array([1.0, np.nextafter(1.0, 2.0)])
    kata.check("best_split", x, np.array([0, 1]), expected=(1.0, 0.5))


def test_three_classes_by_hand(kata):
    """x = 1..6, y = [0, 0, 1, 1, 2, 2]: 2.5 and 4.5 tie at Gini 2/3 − 4/6 · 1/2 = 1/3; 2.5 wins."""
    kata.check("best_split", np.arange(1.0, 7.0), np.array([0, 0, 1, 1, 2, 2]), expected=(2.5, 1 / 3))
    kata.check("best_split", np.arange(1.0, 7.0), np.array([0, 0, 1, 1, 2, 2]), criterion="entropy",
               expected=(2.5, math.log2(3) - 4 / 6 * 1.0))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random features (continuous and with repeats) and 2 to 4 classes, both criteria, no near-ties."""
    done, arg_sets = 0, []
    while done < 16:
        n = int(rng.integers(3, 30))
        x = rng.standard_normal(n) if done % 2 else rng.integers(0, 6, n).astype(float)
        y = rng.integers(0, int(rng.integers(2, 5)), n)
        criterion = ("gini", "entropy")[done % 4 < 2]
        decreases = np.sort(_decreases(x, y, criterion))
        if decreases.size < 2 or decreases[-1] - decreases[-2] < 1e-9:
            continue
        arg_sets.append(((x, y), {"criterion": criterion}))
        done += 1
    kata.check_each("best_split", arg_sets)


def test_integer_feature_gives_a_float_threshold(kata):
    """x holds ints [1, 2]: the threshold 1.5 is a float; the decrease (0.5) is a float."""
    kata.check("best_split", np.array([1, 2]), np.array([0, 1]), expected=(1.5, 0.5))
    kata.check("best_split", np.array([2, 4]), np.array([0, 1]), expected=(3.0, 0.5))


def test_pure_labels_take_the_smallest_threshold(kata):
    """y has one class: every decrease is 0.0, so the smallest threshold wins: (1.5, 0.0)."""
    kata.check("best_split", np.array([3.0, 1.0, 2.0]), np.array([4, 4, 4]), expected=(1.5, 0.0))
    kata.check("best_split", np.array([3.0, 1.0, 2.0]), np.array([4, 4, 4]), criterion="entropy",
               expected=(1.5, 0.0))


def test_constant_feature_has_no_split(kata):
    """x takes one value: no candidate threshold, so the result is (None, 0.0)."""
    kata.check("best_split", np.array([2.0, 2.0, 2.0]), np.array([0, 1, 0]), expected=(None, 0.0))
    kata.check("best_split", np.array([2.0, 2.0, 2.0]), np.array([0, 1, 0]), criterion="entropy",
               expected=(None, 0.0))


def test_single_sample(kata):
    """n = 1: one distinct value, no candidate: (None, 0.0)."""
    kata.check("best_split", np.array([5.0]), np.array([1]), expected=(None, 0.0))


def test_empty_input_raises(kata):
    """n = 0 raises ValueError."""
    kata.raises("ValueError", "best_split", np.zeros(0), np.zeros(0, dtype=np.int64))


def test_unknown_criterion_raises(kata):
    """criterion="log_loss" (or anything but "gini" / "entropy") raises ValueError."""
    kata.raises("ValueError", "best_split", np.array([1.0, 2.0]), np.array([0, 1]), criterion="log_loss")


def test_unknown_criterion_raises_without_a_candidate(kata):
    """An unknown criterion raises ValueError also when x has one distinct value (validate before the early return)."""
    kata.raises("ValueError", "best_split", np.array([2.0, 2.0]), np.array([0, 1]), criterion="log_loss")
    kata.raises("ValueError", "best_split", np.array([0.7]), np.array([1]), criterion="Gini")
