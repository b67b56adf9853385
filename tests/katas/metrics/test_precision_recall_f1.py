"""Hidden tests for metrics/precision_recall_f1: precision_recall_f1(y_true, y_pred, *, average)."""
import numpy as np

# A three-class case worked by hand, used by the first tests:
#   y_true = [0, 0, 0, 1, 1, 2], y_pred = [0, 0, 1, 1, 2, 2]
#   class 0: TP 2, FP 0, FN 1 -> P 1,   R 2/3, F1 0.8      support 3
#   class 1: TP 1, FP 1, FN 1 -> P 1/2, R 1/2, F1 1/2     support 2
#   class 2: TP 1, FP 1, FN 0 -> P 1/2, R 1,   F1 2/3     support 1
Y_TRUE = np.array([0, 0, 0, 1, 1, 2])
Y_PRED = np.array([0, 0, 1, 1, 2, 2])


def test_macro_by_hand(kata):
    """Macro: plain means over classes, P 2/3, R 13/18, and F1 = mean of per-class F1 = 59/90."""
    # P (1 + 1/2 + 1/2)/3 = 2/3; R (2/3 + 1/2 + 1)/3 = 13/18; F1 (0.8 + 0.5 + 2/3)/3 = 59/90
    # (the F1 of macro P and R would be 0.6933: not what is asked)
    kata.check("precision_recall_f1", Y_TRUE, Y_PRED, average="macro", expected=(2 / 3, 13 / 18, 59 / 90))


def test_micro_by_hand(kata):
    """Micro: pooled TP 4, FP 2, FN 2 -> P = R = F1 = 4/6 (the accuracy)."""
    kata.check("precision_recall_f1", Y_TRUE, Y_PRED, average="micro", expected=(2 / 3, 2 / 3, 2 / 3))


def test_weighted_by_hand(kata):
    """Weighted by true-label support 3, 2, 1: P 0.75, R 2/3, F1 61/90."""
    # P (3·1 + 2·0.5 + 1·0.5)/6 = 0.75; R (3·2/3 + 2·0.5 + 1·1)/6 = 4/6; F1 (3·0.8 + 2·0.5 + 1·2/3)/6 = 61/90
    kata.check("precision_recall_f1", Y_TRUE, Y_PRED, average="weighted", expected=(0.75, 2 / 3, 61 / 90))


def test_per_class_by_hand(kata):
    """average=None: three float64 arrays, one entry per class in sorted order."""
    kata.check("precision_recall_f1", Y_TRUE, Y_PRED, average=None,
               expected=(np.array([1.0, 0.5, 0.5]), np.array([2 / 3, 0.5, 1.0]), np.array([0.8, 0.5, 2 / 3])))


def test_binary_by_hand(kata):
    """0/1 labels: class 0 has P = R = F1 = 1/2, class 1 has 2/3; macro is 7/12."""
    # y_true [1,0,1,1,0], y_pred [1,1,0,1,0]: class 1 TP 2 FP 1 FN 1; class 0 TP 1 FP 1 FN 1
    y_true, y_pred = np.array([1, 0, 1, 1, 0]), np.array([1, 1, 0, 1, 0])
    kata.check("precision_recall_f1", y_true, y_pred, average=None,
               expected=(np.array([0.5, 2 / 3]), np.array([0.5, 2 / 3]), np.array([0.5, 2 / 3])))
    kata.check("precision_recall_f1", y_true, y_pred, average="macro", expected=(7 / 12, 7 / 12, 7 / 12))


def test_never_predicted_class_has_precision_zero(kata):
    """Classes 1 and 2 are never predicted: precision 0/0 -> 0.0, and F1 0.0, not nan."""
    # class 0: TP 2, FP 2, FN 0 -> P 1/2, R 1, F1 2/3; classes 1, 2: TP 0, FP 0, FN 1 -> 0, 0, 0
    y_true, y_pred = np.array([0, 0, 1, 2]), np.array([0, 0, 0, 0])
    kata.check("precision_recall_f1", y_true, y_pred, average=None,
               expected=(np.array([0.5, 0.0, 0.0]), np.array([1.0, 0.0, 0.0]), np.array([2 / 3, 0.0, 0.0])))
    # macro: P 1/6, R 1/3, F1 2/9
    kata.check("precision_recall_f1", y_true, y_pred, average="macro", expected=(1 / 6, 1 / 3, 2 / 9))


def test_never_true_class_has_recall_zero(kata):
    """Class 1 is predicted once but never true: recall 0/0 -> 0.0; it still counts in macro."""
    # classes are {0, 1} (y_pred brings in 1). class 0: TP 1, FP 0, FN 1 -> P 1, R 1/2, F1 2/3
    # class 1: TP 0, FP 1, FN 0 -> P 0, R 0/0 = 0, F1 0
    y_true, y_pred = np.array([0, 0]), np.array([0, 1])
    kata.check("precision_recall_f1", y_true, y_pred, average="macro", expected=(0.5, 0.25, 1 / 3))
    # weighted: supports 2 and 0 -> class 0 alone
    kata.check("precision_recall_f1", y_true, y_pred, average="weighted", expected=(1.0, 0.5, 2 / 3))
    kata.check("precision_recall_f1", y_true, y_pred, average=None,
               expected=(np.array([1.0, 0.0]), np.array([0.5, 0.0]), np.array([2 / 3, 0.0])))


def test_all_wrong_gives_zero_f1_not_nan(kata):
    """Every prediction wrong: P = R = 0 for both classes, so F1 = 0/0 -> 0.0."""
    kata.check("precision_recall_f1", np.array([0, 1]), np.array([1, 0]), average="macro", expected=(0.0, 0.0, 0.0))
    kata.check("precision_recall_f1", np.array([0, 1]), np.array([1, 0]), average=None,
               expected=(np.zeros(2), np.zeros(2), np.zeros(2)))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random labels with 2 to 6 classes, every average."""
    arg_sets = []
    for _ in range(8):
        n, k = int(rng.integers(1, 40)), int(rng.integers(2, 7))
        y_true, y_pred = rng.integers(0, k, n), rng.integers(0, k, n)
        for average in ("micro", "macro", "weighted", None):
            arg_sets.append(((y_true, y_pred), {"average": average}))
    kata.check_each("precision_recall_f1", arg_sets)


def test_matches_reference_with_missing_classes(kata, rng):
    """Some classes appear only in y_true or only in y_pred (labels with gaps, e.g. 0, 3, 7)."""
    arg_sets = []
    for _ in range(6):
        n = int(rng.integers(3, 15))
        y_true = rng.choice([0, 3, 7], n)
        y_pred = rng.choice([3, 7, 9], n)
        for average in ("micro", "macro", "weighted", None):
            arg_sets.append(((y_true, y_pred), {"average": average}))
    kata.check_each("precision_recall_f1", arg_sets)


def test_one_class_everywhere(kata):
    """Every label is 2, predicted 2: one class with P = R = F1 = 1."""
    for average in ("micro", "macro", "weighted"):
        kata.check("precision_recall_f1", np.array([2, 2, 2]), np.array([2, 2, 2]), average=average,
                   expected=(1.0, 1.0, 1.0))
    kata.check("precision_recall_f1", np.array([2, 2, 2]), np.array([2, 2, 2]), average=None,
               expected=(np.ones(1), np.ones(1), np.ones(1)))


def test_lists_as_inputs(kata):
    """Lists in, the same types out: floats, or float64 arrays for average=None."""
    kata.check("precision_recall_f1", [0, 1, 1], [0, 1, 0], average="weighted",
               expected=(5 / 6, 2 / 3, 2 / 3))
    # class 0: P 1/2, R 1, F1 2/3 (support 1); class 1: P 1, R 1/2, F1 2/3 (support 2)
    kata.check("precision_recall_f1", [0, 1, 1], [0, 1, 0], average=None,
               expected=(np.array([0.5, 1.0]), np.array([1.0, 0.5]), np.array([2 / 3, 2 / 3])))


def test_empty_input_raises(kata):
    """n = 0: ValueError."""
    kata.raises("ValueError", "precision_recall_f1", np.array([], dtype=np.int64), np.array([], dtype=np.int64),
                average="macro")


def test_different_lengths_raise(kata):
    """y_true of length 3, y_pred of length 2: ValueError."""
    kata.raises("ValueError", "precision_recall_f1", np.array([0, 1, 1]), np.array([0, 1]), average="micro")


def test_one_prediction_does_not_broadcast(kata):
    """3 labels and 1 prediction: ValueError, even though numpy would broadcast the prediction to every label."""
    kata.raises("ValueError", "precision_recall_f1", np.array([0, 1, 1]), np.array([1]), average="macro")


def test_unknown_average_raises(kata):
    """average="binary" (not one of ours) or "samples": ValueError."""
    kata.raises("ValueError", "precision_recall_f1", np.array([0, 1]), np.array([0, 1]), average="binary")
    kata.raises("ValueError", "precision_recall_f1", np.array([0, 1]), np.array([0, 1]), average="samples")
