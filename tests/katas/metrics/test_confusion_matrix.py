"""Hidden tests for metrics/confusion_matrix: confusion_matrix(y_true, y_pred, labels)."""
import numpy as np

from grader.testing import require


def test_binary_by_hand(kata):
    """Labels [0, 1]: rows are the true label, columns the predicted one."""
    # (true, pred) pairs: (0,0) (0,1) (1,1) (1,1) (1,0) (0,0) -> [[2, 1], [1, 2]]
    kata.check("confusion_matrix", np.array([0, 0, 1, 1, 1, 0]), np.array([0, 1, 1, 1, 0, 0]), labels=[0, 1],
               expected=np.array([[2, 1], [1, 2]]))


def test_rows_are_true_labels_by_hand(kata):
    """An asymmetric case: three true 0s predicted 1, no true 1 predicted 0."""
    # (0,1) x3, (1,1) x1 -> row 0 = [0, 3], row 1 = [0, 1]
    kata.check("confusion_matrix", np.array([0, 0, 0, 1]), np.array([1, 1, 1, 1]), labels=[0, 1],
               expected=np.array([[0, 3], [0, 1]]))


def test_repeated_pairs_are_all_counted_by_hand(kata):
    """The same (true, predicted) pair four times counts 4, not 1."""
    kata.check("confusion_matrix", np.array([1, 1, 1, 1, 0]), np.array([0, 0, 0, 0, 0]), labels=[0, 1],
               expected=np.array([[1, 0], [4, 0]]))


def test_label_order_is_the_given_order_by_hand(kata):
    """labels = [2, 0, 1]: row/column 0 is label 2, then label 0, then label 1 (not sorted)."""
    # pairs: (2,2) (0,2) (1,0) (1,1) (2,0) -> rows in order 2, 0, 1; columns in order 2, 0, 1
    # row 2: pred 2 once, pred 0 once -> [1, 1, 0]; row 0: pred 2 once -> [1, 0, 0]; row 1: pred 0, pred 1 -> [0, 1, 1]
    kata.check("confusion_matrix", np.array([2, 0, 1, 1, 2]), np.array([2, 2, 0, 1, 0]), labels=[2, 0, 1],
               expected=np.array([[1, 1, 0], [1, 0, 0], [0, 1, 1]]))


def test_unlisted_labels_are_ignored_by_hand(kata):
    """labels = [1, 3]: samples whose true or predicted label is 0, 2 or 7 are not counted."""
    # pairs: (1,1) counted; (3,1) counted; (0,1) no; (1,2) no; (3,3) counted; (7,7) no
    kata.check("confusion_matrix", np.array([1, 3, 0, 1, 3, 7]), np.array([1, 1, 1, 2, 3, 7]), labels=[1, 3],
               expected=np.array([[1, 0], [1, 1]]))


def test_labels_with_large_values_by_hand(kata):
    """Labels are values, not indices: labels = [10, 5] with n = 3."""
    # (5,10) (10,10) (5,5) -> row 10 = [1, 0], row 5 = [1, 1]
    kata.check("confusion_matrix", np.array([5, 10, 5]), np.array([10, 10, 5]), labels=[10, 5],
               expected=np.array([[1, 0], [1, 1]]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random labels 0..5, random subsets of them in random orders as `labels`."""
    arg_sets = []
    for _ in range(12):
        n = int(rng.integers(1, 60))
        y_true, y_pred = rng.integers(0, 6, n), rng.integers(0, 6, n)
        k = int(rng.integers(1, 7))
        labels = [int(v) for v in rng.permutation(6)[:k]]
        arg_sets.append(((y_true, y_pred), {"labels": labels}))
    kata.check_each("confusion_matrix", arg_sets)


def test_lists_as_inputs(kata):
    """y_true, y_pred and labels as Python lists: still an int64 array."""
    kata.check("confusion_matrix", [0, 1, 1], [1, 1, 0], labels=[0, 1], expected=np.array([[0, 1], [1, 1]]))


def test_labels_as_an_array(kata):
    """labels given as a numpy int array."""
    kata.check("confusion_matrix", np.array([0, 1, 2]), np.array([0, 2, 2]), labels=np.array([2, 1, 0]),
               expected=np.array([[1, 0, 0], [1, 0, 0], [0, 0, 1]]))


def test_empty_input_gives_zeros(kata):
    """n = 0: a (k, k) int64 matrix of zeros."""
    kata.check("confusion_matrix", np.array([], dtype=np.int64), np.array([], dtype=np.int64), labels=[0, 1, 2],
               expected=np.zeros((3, 3), dtype=np.int64))


def test_empty_lists_give_zeros(kata):
    """n = 0 given as empty lists: still int64 zeros of shape (k, k)."""
    kata.check("confusion_matrix", [], [], labels=[4, 2], expected=np.zeros((2, 2), dtype=np.int64))


def test_no_listed_label_occurs(kata):
    """No sample uses a listed label: all zeros (scikit-learn raises here; we count)."""
    kata.check("confusion_matrix", np.array([0, 1, 1]), np.array([1, 0, 1]), labels=[5],
               expected=np.zeros((1, 1), dtype=np.int64))


def test_single_label(kata):
    """k = 1: a (1, 1) matrix counting the samples with both labels equal to it."""
    kata.check("confusion_matrix", np.array([3, 3, 1, 3]), np.array([3, 1, 3, 3]), labels=[3],
               expected=np.array([[2]]))


def test_different_lengths_raise(kata):
    """y_true of length 3 and y_pred of length 2: ValueError."""
    kata.raises("ValueError", "confusion_matrix", np.array([0, 1, 1]), np.array([0, 1]), labels=[0, 1])


def test_one_prediction_does_not_broadcast(kata):
    """3 labels and 1 prediction: ValueError, even though numpy would broadcast the prediction to every label."""
    kata.raises("ValueError", "confusion_matrix", np.array([0, 1, 1]), np.array([1]), labels=[0, 1])


def test_counts_add_up(kata, rng):
    """Every listed-label sample is counted once: the matrix sums to their number."""
    y_true, y_pred = rng.integers(0, 4, 200), rng.integers(0, 4, 200)
    kept = np.isin(y_true, [0, 2, 3]) & np.isin(y_pred, [0, 2, 3])
    result = kata.check("confusion_matrix", y_true, y_pred, labels=[3, 0, 2])
    total = int(np.asarray(result.value).sum())
    require(total == int(kept.sum()), f"{result.shown}: the matrix should sum to {int(kept.sum())}, the number of samples with both labels listed, but it sums to {total}")
