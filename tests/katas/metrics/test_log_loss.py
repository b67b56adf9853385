"""Hidden tests for metrics/log_loss: log_loss(y_true, probs)."""
import numpy as np

from grader.testing import require

EPS = 2.220446049250313e-16  # np.finfo(np.float64).eps


def test_binary_by_hand(kata):
    """Binary: the true class got 0.8, 1 − 0.4 = 0.6 and 0.5 -> −(ln 0.8 + ln 0.6 + ln 0.5)/3."""
    kata.check("log_loss", np.array([1, 0, 1]), np.array([0.8, 0.4, 0.5]),
               expected=-(np.log(0.8) + np.log(0.6) + np.log(0.5)) / 3)


def test_multiclass_by_hand(kata):
    """Three classes: the true classes got 0.7 and 0.5 -> −(ln 0.7 + ln 0.5)/2 (class 1 never occurs)."""
    probs = np.array([[0.7, 0.2, 0.1], [0.25, 0.25, 0.5]])
    kata.check("log_loss", np.array([0, 2]), probs, expected=-(np.log(0.7) + np.log(0.5)) / 2)


def test_zero_probability_for_the_true_class_is_clipped(kata):
    """Binary y = 1 with p = 0: q = 0 is clipped to eps -> −ln(eps) = 36.0437 (not inf, not 34.54)."""
    kata.check("log_loss", np.array([1]), np.array([0.0]), expected=-np.log(EPS))


def test_certain_wrong_negative_is_clipped(kata):
    """Binary y = 0 with p = 1: q = 1 − p = 0 is clipped to eps -> 36.0437."""
    kata.check("log_loss", np.array([0, 1]), np.array([1.0, 1.0]), expected=(-np.log(EPS) - np.log(1 - EPS)) / 2)


def test_multiclass_zero_is_clipped(kata):
    """Multiclass: the true class got exactly 0 -> 36.0437 for that sample."""
    probs = np.array([[0.0, 1.0], [0.5, 0.5]])
    kata.check("log_loss", np.array([0, 1]), probs, expected=(-np.log(EPS) - np.log(0.5)) / 2)


def test_eps_itself_is_not_changed(kata):
    """q exactly eps sits on the clipping bound: its cost is −ln(eps), the same as for 0."""
    kata.check("log_loss", np.array([1, 1]), np.array([EPS, 0.5]), expected=(-np.log(EPS) - np.log(0.5)) / 2)


def test_rows_are_not_renormalised(kata):
    """Rows [0.2, 0.2] and [0.1, 0.3] (sums 0.4): q = 0.2 and 0.3 as given -> −(ln 0.2 + ln 0.3)/2."""
    # renormalising first would give q = 0.5 and 0.75
    kata.check("log_loss", np.array([0, 1]), np.array([[0.2, 0.2], [0.1, 0.3]]),
               expected=-(np.log(0.2) + np.log(0.3)) / 2)


def test_perfect_predictions(kata):
    """Every true class got probability 1, clipped to 1 − eps: the loss is −ln(1 − eps) ≈ 2.22e-16, not 0.0."""
    # −ln(1 − ε) = ε + ε²/2 + … = 2.220446049250313e-16 (to relative 1e-16). Compared with no absolute
    # tolerance: clipping only from below (np.maximum(q, eps)) gives exactly 0.0 here.
    kata.check("log_loss", np.array([1, 0]), np.array([1.0, 0.0]), expected=2.220446049250313e-16, atol=0.0)
    kata.check("log_loss", np.array([2]), np.array([[0.0, 0.0, 1.0]]), expected=2.220446049250313e-16, atol=0.0)


def test_matches_reference_on_random_binary(kata, rng):
    """Random probabilities of class 1 and labels, n from 1 to 200."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(1, 200))
        p = rng.uniform(size=n)
        arg_sets.append((((rng.uniform(size=n) < p).astype(np.int64), p), {}))
    kata.check_each("log_loss", arg_sets)


def test_matches_reference_on_random_multiclass(kata, rng):
    """Random softmax rows over 2 to 6 classes, including very confident rows."""
    arg_sets = []
    for _ in range(8):
        n, k = int(rng.integers(1, 150)), int(rng.integers(2, 7))
        logits = float(rng.uniform(1, 40)) * rng.standard_normal((n, k))
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        arg_sets.append(((rng.integers(0, k, n), probs), {}))
    kata.check_each("log_loss", arg_sets)


def test_lists_as_labels(kata):
    """y_true as a list: still a float."""
    kata.check("log_loss", [0, 1], np.array([0.5, 0.5]), expected=float(np.log(2)))


def test_empty_raises(kata):
    """n = 0: ValueError."""
    kata.raises("ValueError", "log_loss", np.array([], dtype=np.int64), np.array([]))


def test_different_lengths_raise(kata):
    """3 labels, 2 probabilities: ValueError."""
    kata.raises("ValueError", "log_loss", np.array([0, 1, 1]), np.array([0.2, 0.9]))


def test_probability_above_one_raises(kata):
    """A probability of 1.5 (or −0.1): ValueError."""
    kata.raises("ValueError", "log_loss", np.array([0, 1]), np.array([0.2, 1.5]))
    kata.raises("ValueError", "log_loss", np.array([0, 1]), np.array([[1.1, -0.1], [0.5, 0.5]]))


def test_invalid_label_raises(kata):
    """Label 2 with binary probabilities, or label 3 with k = 3 columns: ValueError."""
    kata.raises("ValueError", "log_loss", np.array([0, 2]), np.array([0.2, 0.9]))
    kata.raises("ValueError", "log_loss", np.array([0, 3]), np.full((2, 3), 1 / 3))


def test_negative_label_raises(kata):
    """A label of −1 raises ValueError (binary and multiclass): numpy indexing would quietly read the last class."""
    kata.raises("ValueError", "log_loss", np.array([0, -1]), np.full((2, 3), 1 / 3))
    kata.raises("ValueError", "log_loss", np.array([-1, 1]), np.array([0.2, 0.9]))


def test_one_label_does_not_broadcast(kata):
    """1 label and 3 probabilities (binary, then multiclass): ValueError, even though numpy would broadcast."""
    kata.raises("ValueError", "log_loss", np.array([1]), np.array([0.2, 0.6, 0.9]))
    kata.raises("ValueError", "log_loss", np.array([0]), np.array([[0.8, 0.2], [0.4, 0.6], [0.9, 0.1]]))


def test_binary_equals_two_column_multiclass(kata, rng):
    """Binary probabilities p and the two-column rows [1 − p, p] give the same loss."""
    p = rng.uniform(size=30)
    p[:2] = [0.0, 1.0]
    y = rng.integers(0, 2, 30)
    binary = kata.call("log_loss", y, p)
    two_columns = kata.call("log_loss", y, np.stack([1 - p, p], axis=1))
    require(isinstance(binary.value, float) and isinstance(two_columns.value, float)
            and abs(binary.value - two_columns.value) <= 1e-9 * max(1.0, abs(binary.value)),
            f"{binary.shown} returned {binary.value!r} but {two_columns.shown} returned {two_columns.value!r}: "
            f"column 1 of a two-column row is the probability of class 1, so both should agree")
