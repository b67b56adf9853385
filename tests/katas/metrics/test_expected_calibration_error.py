"""Hidden tests for metrics/expected_calibration_error: expected_calibration_error(y_true, probs, *, n_bins)."""
import numpy as np


def test_binary_edge_goes_to_lower_bin_by_hand(kata):
    """Binary, n_bins = 2: c = 0.5 is ON the edge, so it joins 0.25 in [0, 0.5]; ECE = 0.7125."""
    # bin 0: c 0.25, 0.5, outcomes 1, 1 -> |1 − 0.375| · 2/4 = 0.3125
    # bin 1: c 0.7, 0.9, outcomes 0, 0 -> |0 − 0.8| · 2/4 = 0.4
    # (with [lo, hi) bins 0.5 would join 0.7 and 0.9: 0.75 · 1/4 + |1/3 − 0.7| · 3/4 = 0.4625)
    kata.check("expected_calibration_error", np.array([1, 1, 0, 0]), np.array([0.25, 0.5, 0.7, 0.9]), n_bins=2,
               expected=0.7125)


def test_n_bins_equal_width_bins_by_hand(kata):
    """n_bins = 3 means three bins of width 1/3: 0.44 and 0.56 share (1/3, 2/3], 0.92 is alone; ECE = 0.36."""
    # (1/3, 2/3]: c 0.44, 0.56, outcomes 0, 0 -> 0.5 · 2/3; (2/3, 1]: c 0.92, outcome 1 -> 0.08 · 1/3
    # (two bins of width 1/2 would give 0.44 · 1/3 + |0.5 − 0.74| · 2/3 = 0.3067)
    kata.check("expected_calibration_error", np.array([0, 1, 0]), np.array([0.44, 0.92, 0.56]), n_bins=3,
               expected=0.36)


def test_multiclass_top_label_by_hand(kata):
    """Four rows, n_bins = 4: confidences 0.75 (right), 0.5 (wrong), 0.8 (right), 0.9 (wrong) -> 0.3625."""
    # row 1 is a tie [0.5, 0.5]: argmax = class 0, y = 1 -> wrong
    # bins: 0.5 -> (0.25, 0.5]; 0.75 -> (0.5, 0.75]; 0.8, 0.9 -> (0.75, 1]
    # gaps: |0 − 0.5|·1/4 = 0.125; |1 − 0.75|·1/4 = 0.0625; |0.5 − 0.85|·2/4 = 0.175; total 0.3625
    # (the unweighted mean of the three gaps would be 0.3667; [lo, hi) bins 0.2375)
    probs = np.array([[0.75, 0.25], [0.5, 0.5], [0.2, 0.8], [0.1, 0.9]])
    kata.check("expected_calibration_error", np.array([0, 1, 1, 0]), probs, n_bins=4, expected=0.3625)


def test_argmax_tie_goes_to_the_smallest_class_by_hand(kata):
    """Row [0.4, 0.4, 0.2] with y = 1: the tie goes to class 0, so it is WRONG: ECE = |0 − 0.4| = 0.4 (not 0.6)."""
    # One sample, n_bins = 5: c = 0.4 in bin (0.2, 0.4]; argmax = 0 != 1 -> outcome 0; gap |0 − 0.4| = 0.4.
    # Counting a tie that includes the true class as correct would give |1 − 0.4| = 0.6. (A two-way tie
    # [0.5, 0.5] cannot tell them apart: |0 − 0.5| = |1 − 0.5|.)
    kata.check("expected_calibration_error", np.array([1]), np.array([[0.4, 0.4, 0.2]]), n_bins=5, expected=0.4)


def test_confidence_is_the_top_probability_by_hand(kata):
    """Three classes: the confidence is the row maximum, whatever the true class."""
    # row 0: max 0.6 (class 0), y = 2 -> wrong; row 1: max 0.7 (class 1), y = 1 -> right
    # n_bins = 2: both in (0.5, 1]: acc 1/2, conf 0.65 -> ECE 0.15
    probs = np.array([[0.6, 0.1, 0.3], [0.2, 0.7, 0.1]])
    kata.check("expected_calibration_error", np.array([2, 1]), probs, n_bins=2, expected=0.15)


def test_weighted_by_bin_counts_by_hand(kata):
    """Binary, n_bins = 4: bins of 1 and 3 samples are weighted 1/4 and 3/4, not 1/2 each."""
    # c 0.125 (y 1): bin 0, gap 0.875 · 1/4; c 0.875 x3 (y 1, 1, 0): bin 3, |2/3 − 0.875| · 3/4 = 0.15625
    # ECE = 0.21875 + 0.15625 = 0.375 (an unweighted mean would give 0.5417)
    kata.check("expected_calibration_error", np.array([1, 1, 1, 0]), np.array([0.125, 0.875, 0.875, 0.875]),
               n_bins=4, expected=0.375)


def test_confidence_one_is_in_the_last_bin(kata):
    """c = 1.0 belongs to the last bin (0.75, 1]; with outcome 0 its gap is 1."""
    # bin 3: c 1.0, 0.875, outcomes 0, 1 -> |0.5 − 0.9375| · 2/2 = 0.4375
    kata.check("expected_calibration_error", np.array([0, 1]), np.array([1.0, 0.875]), n_bins=4, expected=0.4375)


def test_confidence_zero_is_in_the_first_bin(kata):
    """Binary c = 0.0 belongs to bin 0, [0, 0.25], together with 0.25 (an upper edge)."""
    # bin 0: c 0.0, 0.25, outcomes 0, 1 -> |0.5 − 0.125| = 0.375, weight 2/3; bin 2: c 0.75, y 1 -> 0.25 · 1/3
    kata.check("expected_calibration_error", np.array([0, 1, 1]), np.array([0.0, 0.25, 0.75]), n_bins=4,
               expected=0.25 + 0.25 / 3)


def test_every_inner_edge_by_hand(kata):
    """n_bins = 8, confidences exactly on edges k/8: each lands in the bin it closes."""
    # c = 0.125·m for m = 1..8 goes to bin m − 1: one sample per bin, outcomes alternate 1, 0
    # gaps |1 − c| or |0 − c|: mean over the 8 samples of those gaps
    c = np.arange(1, 9) / 8
    y = np.array([1, 0, 1, 0, 1, 0, 1, 0])
    kata.check("expected_calibration_error", y, c, n_bins=8, expected=float(np.mean(np.abs(y - c))))
    # n_bins = 4: pairs (0.125, 0.25), (0.375, 0.5), ... share a bin: weight 2/8, mean outcome 1/2
    pair_means = c.reshape(4, 2).mean(axis=1)
    kata.check("expected_calibration_error", y, c, n_bins=4, expected=float(np.mean(np.abs(0.5 - pair_means))))


def test_matches_reference_on_random_binary(kata, rng):
    """Random probabilities of class 1 and labels drawn from them, n_bins from 1 to 15."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(1, 200))
        p = rng.uniform(size=n)
        arg_sets.append((((rng.uniform(size=n) < p ** 1.5).astype(np.int64), p), {"n_bins": int(rng.integers(1, 16))}))
    kata.check_each("expected_calibration_error", arg_sets)


def test_matches_reference_on_random_multiclass(kata, rng):
    """Random softmax rows over 2 to 6 classes, labels partly agreeing with the argmax."""
    arg_sets = []
    for _ in range(8):
        n, k = int(rng.integers(1, 150)), int(rng.integers(2, 7))
        logits = 2.0 * rng.standard_normal((n, k))
        probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        y = np.where(rng.uniform(size=n) < 0.6, probs.argmax(axis=1), rng.integers(0, k, n))
        arg_sets.append(((y, probs), {"n_bins": int(rng.integers(1, 16))}))
    kata.check_each("expected_calibration_error", arg_sets)


def test_matches_reference_on_a_grid_of_edges(kata, rng):
    """Confidences on the grid m/8 (many exactly on bin edges) with n_bins = 2, 4 and 8."""
    for n_bins in (2, 4, 8):
        p = rng.integers(0, 9, 60) / 8
        kata.check("expected_calibration_error", rng.integers(0, 2, 60), p, n_bins=n_bins)


def test_one_bin(kata):
    """n_bins = 1: ECE = |mean outcome − mean confidence| over all samples."""
    # mean outcome 2/3, mean confidence 0.5
    kata.check("expected_calibration_error", np.array([1, 1, 0]), np.array([0.25, 0.5, 0.75]), n_bins=1,
               expected=1 / 6)


def test_perfectly_calibrated(kata):
    """Binary: confidence 0.5 with half the outcomes 1, confidence 1.0 always right -> 0.0."""
    kata.check("expected_calibration_error", np.array([1, 0, 1, 1]), np.array([0.5, 0.5, 1.0, 1.0]), n_bins=10,
               expected=0.0)


def test_single_sample(kata):
    """n = 1: the gap of that one sample."""
    kata.check("expected_calibration_error", np.array([1]), np.array([0.75]), n_bins=3, expected=0.25)
    kata.check("expected_calibration_error", np.array([0]), np.array([[0.3, 0.7]]), n_bins=3, expected=0.7)


def test_lists_as_labels(kata):
    """y_true as a list of ints: still a float."""
    kata.check("expected_calibration_error", [0, 1], np.array([0.5, 0.5]), n_bins=2, expected=0.0)


def test_empty_raises(kata):
    """n = 0: ValueError."""
    kata.raises("ValueError", "expected_calibration_error", np.array([], dtype=np.int64), np.array([]), n_bins=10)


def test_different_lengths_raise(kata):
    """3 labels and 2 probabilities: ValueError."""
    kata.raises("ValueError", "expected_calibration_error", np.array([0, 1, 1]), np.array([0.2, 0.9]), n_bins=10)


def test_one_label_does_not_broadcast(kata):
    """1 label and 3 probabilities (binary, then multiclass): ValueError, even though numpy would broadcast."""
    # Without an explicit length check, y_true == 1 (shape (1,)) broadcasts against 3 confidences.
    kata.raises("ValueError", "expected_calibration_error", np.array([1]), np.array([0.2, 0.6, 0.9]), n_bins=4)
    kata.raises("ValueError", "expected_calibration_error", np.array([0]),
                np.array([[0.8, 0.2], [0.4, 0.6], [0.9, 0.1]]), n_bins=4)


def test_zero_bins_raise(kata):
    """n_bins = 0: ValueError."""
    kata.raises("ValueError", "expected_calibration_error", np.array([0, 1]), np.array([0.2, 0.9]), n_bins=0)


def test_lengths_are_checked_with_one_bin(kata):
    """n_bins = 1 (one bin: |mean outcome − mean confidence|) still checks the lengths: 3 labels, 2 probabilities raise ValueError."""
    kata.raises("ValueError", "expected_calibration_error", np.array([0, 1, 1]), np.array([0.7, 0.1]), n_bins=1)
