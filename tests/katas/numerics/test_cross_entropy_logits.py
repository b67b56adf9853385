"""Hidden tests for numerics/cross_entropy_logits: cross_entropy(logits, labels) -> mean loss."""
import numpy as np

from grader.testing import require

LN2, LN3, LN4 = (float(np.log(v)) for v in (2.0, 3.0, 4.0))


def test_two_rows_by_hand(kata):
    """[[0, ln 3], [0, 0]] with labels [1, 0]: losses log(4/3) and log 2, mean (ln 4 − ln 3 + ln 2) / 2."""
    # Row 0: logsumexp = ln(1 + 3) = ln 4, minus z[0, 1] = ln 3. Row 1: ln 2 − 0.
    kata.check("cross_entropy", np.array([[0.0, LN3], [0.0, 0.0]]), np.array([1, 0]),
               expected=(LN4 - LN3 + LN2) / 2)


def test_three_classes_by_hand(kata):
    """One row [ln 1, ln 2, ln 5] (probabilities 1/8, 2/8, 5/8), label 2: loss log(8/5)."""
    kata.check("cross_entropy", np.array([[0.0, LN2, float(np.log(5.0))]]), np.array([2]),
               expected=float(np.log(8.0 / 5.0)))


def test_huge_equal_logits(kata):
    """[[1000, 1000]] with label 0: log 2 (exp(1000) overflows without the shift)."""
    kata.check("cross_entropy", np.array([[1000.0, 1000.0]]), np.array([0]), expected=LN2)


def test_each_row_uses_its_own_maximum(kata):
    """Rows far apart, [[0, 0], [1e4, 1e4]], labels [0, 1]: log 2 each."""
    kata.check("cross_entropy", np.array([[0.0, 0.0], [1e4, 1e4]]), np.array([0, 1]), expected=LN2)


def test_confidently_wrong(kata):
    """[[0, −1000]] with label 1: the loss is 1000 (its probability underflows to 0, log(0) = −inf)."""
    # logsumexp([0, −1000]) = 0 (to double precision); minus −1000 gives 1000.
    kata.check("cross_entropy", np.array([[0.0, -1000.0]]), np.array([1]), expected=1000.0)
    kata.check("cross_entropy", np.array([[1000.0, 0.0]]), np.array([1]), expected=1000.0)


def test_confidently_right(kata):
    """[[1000, 0], [0, 1000]] with labels [0, 1]: both losses are 0 (e^−1000 is below double precision)."""
    kata.check("cross_entropy", np.array([[1000.0, 0.0], [0.0, 1000.0]]), np.array([0, 1]), expected=0.0)


def test_single_class(kata):
    """k = 1: softmax is 1 and every loss is exactly 0.0, whatever the logit."""
    result = kata.check("cross_entropy", np.array([[3.0], [-1e4], [1e4]]), np.array([0, 0, 0]), expected=0.0)
    require(result.value == 0.0, f"{result.shown} should be exactly 0.0, got {result.value!r}")
    # log(exp(0.7)) − 0.7 is not 0 in float64 (1.1e-16): subtracting the maximum first gives 0 exactly.
    result = kata.check("cross_entropy", np.array([[0.7], [0.1], [-1 / 3]]), np.array([0, 0, 0]), expected=0.0)
    require(result.value == 0.0, f"{result.shown} should be exactly 0.0, got {result.value!r}")


def test_other_integer_dtypes(kata):
    """Labels as int32 or uint8 work the same: log 2 for [[5, 5]] and label 1."""
    kata.check("cross_entropy", np.array([[5.0, 5.0]]), np.array([1], dtype=np.int32), expected=LN2)
    kata.check("cross_entropy", np.array([[5.0, 5.0]]), np.array([1], dtype=np.uint8), expected=LN2)


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches: 1 to 20 examples, 2 to 10 classes, logits of scale 1 to 100."""
    for scale in (1.0, 10.0, 100.0):
        n, k = int(rng.integers(1, 21)), int(rng.integers(2, 11))
        kata.check("cross_entropy", rng.normal(0.0, scale, size=(n, k)), rng.integers(0, k, size=n))


def test_label_equal_to_k_raises(kata):
    """A label equal to k (one past the last class) raises ValueError."""
    kata.raises("ValueError", "cross_entropy", np.zeros((2, 3)), np.array([0, 3]))


def test_negative_label_raises(kata):
    """Label −1 raises ValueError (numpy would quietly read the last class); so does −100 (no ignore_index)."""
    kata.raises("ValueError", "cross_entropy", np.zeros((2, 3)), np.array([0, -1]))
    kata.raises("ValueError", "cross_entropy", np.zeros((2, 3)), np.array([-100, 1]))


def test_last_valid_label_is_accepted(kata):
    """Labels 0 and k − 1 are the boundaries and are valid: [[0, 0, ln 2]] with label 2 gives log(4/2)."""
    kata.check("cross_entropy", np.array([[0.0, 0.0, LN2], [0.0, 0.0, LN2]]), np.array([2, 0]),
               expected=(LN2 + LN4) / 2)   # label 2: ln 4 − ln 2; label 0: ln 4 − 0


def test_empty_batch_raises(kata):
    """n = 0 raises ValueError (the mean of no losses is undefined)."""
    kata.raises("ValueError", "cross_entropy", np.zeros((0, 3)), np.zeros(0, dtype=np.int64))


def test_wrong_shapes_raise(kata):
    """Labels of the wrong length, 2-D labels, or 1-D logits raise ValueError."""
    kata.raises("ValueError", "cross_entropy", np.zeros((3, 2)), np.array([0, 1]))
    kata.raises("ValueError", "cross_entropy", np.zeros((2, 2)), np.array([[0], [1]]))
    kata.raises("ValueError", "cross_entropy", np.zeros(3), np.array([0, 1, 0]))


def test_gradient_is_softmax_minus_one_hot(kata, rng):
    """Central differences of the loss in each logit equal (softmax − one-hot) / n."""
    z = rng.normal(0.0, 1.0, size=(2, 3))
    labels = np.array([2, 0])
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    want = (p - np.eye(3)[labels]) / 2
    h = 1e-5
    entries, arg_sets = [(0, 0), (0, 2), (1, 0), (1, 1)], []
    for i, j in entries:
        up, down = z.copy(), z.copy()
        up[i, j] += h
        down[i, j] -= h
        arg_sets += [((up, labels), {}), ((down, labels), {})]
    losses = iter([float(r.value) for r in kata.calls("cross_entropy", arg_sets)])
    for i, j in entries:
        slope = (next(losses) - next(losses)) / (2 * h)
        require(abs(slope - want[i, j]) < 1e-6,
                f"d loss / d z[{i}, {j}] should be (softmax − one-hot)/n = {want[i, j]:.6f}, "
                f"but finite differences give {slope:.6f}")
