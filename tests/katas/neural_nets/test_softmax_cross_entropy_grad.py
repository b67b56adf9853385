"""Hidden tests for neural_nets/softmax_cross_entropy_grad: softmax_cross_entropy(logits, labels) -> (loss, dlogits)."""
import math

import numpy as np

from grader.testing import require

LN2, LN3 = math.log(2.0), math.log(3.0)


def _numeric_gradient(loss, logits, h=1e-6):
    """Central differences of loss(logits), entry by entry."""
    grad = np.zeros_like(logits)
    for index in np.ndindex(logits.shape):
        plus, minus = logits.copy(), logits.copy()
        plus[index] += h
        minus[index] -= h
        grad[index] = (loss(plus) - loss(minus)) / (2 * h)
    return grad


def test_two_equal_logits_by_hand(kata):
    """logits [[0, 0]], label 0: p = (½, ½), L = ln 2, gradient (−½, ½)."""
    kata.check("softmax_cross_entropy", np.array([[0.0, 0.0]]), np.array([0]),
               expected=(LN2, np.array([[-0.5, 0.5]])))


def test_three_equal_logits_by_hand(kata):
    """logits [[1, 1, 1]], label 2: p = ⅓ each, L = ln 3, gradient (⅓, ⅓, −⅔)."""
    kata.check("softmax_cross_entropy", np.array([[1.0, 1.0, 1.0]]), np.array([2]),
               expected=(LN3, np.array([[1 / 3, 1 / 3, -2 / 3]])))


def test_unequal_logits_by_hand(kata):
    """logits [[ln 3, 0]], label 1: p = (¾, ¼), L = ln 4, gradient (¾, −¾): every class gets a gradient."""
    kata.check("softmax_cross_entropy", np.array([[LN3, 0.0]]), np.array([1]),
               expected=(2 * LN2, np.array([[0.75, -0.75]])))


def test_batch_of_two_by_hand(kata):
    """Both rows above, labels (0, 1): L = (ln 2 + ln 4)/2 = 1.5 ln 2, gradient rows divided by N = 2."""
    kata.check("softmax_cross_entropy", np.array([[0.0, 0.0], [LN3, 0.0]]), np.array([0, 1]),
               expected=(1.5 * LN2, np.array([[-0.25, 0.25], [0.375, -0.375]])))


def test_huge_logits_by_hand(kata):
    """logits [[1000, 0]], label 1: L = 1000 exactly (log-sum-exp), gradient (1, −1); no nan, no inf."""
    kata.check("softmax_cross_entropy", np.array([[1000.0, 0.0]]), np.array([1]),
               expected=(1000.0, np.array([[1.0, -1.0]])))


def test_equal_huge_logits_by_hand(kata):
    """logits [[−1000, −1000], [1000, 1000]], labels (0, 1): L = ln 2, gradient (∓¼, ±¼): e^±1000 must not be formed."""
    kata.check("softmax_cross_entropy", np.array([[-1000.0, -1000.0], [1000.0, 1000.0]]), np.array([0, 1]),
               expected=(LN2, np.array([[-0.25, 0.25], [0.25, -0.25]])))


def test_matches_reference_on_random_logits(kata, rng):
    """Random logits (N from 1 to 12, C from 2 to 6, scale up to 10) and labels."""
    arg_sets = []
    for _ in range(10):
        n, c = int(rng.integers(1, 13)), int(rng.integers(2, 7))
        arg_sets.append(((float(rng.uniform(0.1, 10)) * rng.standard_normal((n, c)), rng.integers(0, c, n)), {}))
    kata.check_each("softmax_cross_entropy", arg_sets)


def test_single_class(kata):
    """C = 1: the only class has p = 1, so L = 0.0 and the gradient is a (N, 1) array of zeros."""
    kata.check("softmax_cross_entropy", np.array([[3.0], [-2.0], [0.0]]), np.array([0, 0, 0]),
               expected=(0.0, np.zeros((3, 1))))


def test_shift_invariance(kata, rng):
    """Adding a constant to every logit of a row (here +500) changes neither the loss nor the gradient."""
    logits, labels = rng.standard_normal((4, 3)), rng.integers(0, 3, 4)
    expected = kata.expected("softmax_cross_entropy", logits, labels)
    kata.check("softmax_cross_entropy", logits + 500.0, labels, expected=expected, rtol=1e-6, atol=1e-9)


def test_gradient_matches_finite_differences(kata, rng):
    """The gradient equals central differences (h = 1e-6) of the loss, entry by entry."""
    for _ in range(3):
        n, c = int(rng.integers(2, 6)), int(rng.integers(2, 5))
        logits, labels = 2 * rng.standard_normal((n, c)), rng.integers(0, c, n)
        def reference_loss(z):
            return kata.reference.softmax_cross_entropy(z, labels)[0]

        # central differences of the reference's loss are accurate to ~1e-10 here; atol 1e-8 leaves room
        kata.check("softmax_cross_entropy", logits, labels,
                   expected=(reference_loss(logits), _numeric_gradient(reference_loss, logits)), rtol=1e-6, atol=1e-8)


def test_gradient_matches_your_own_loss(kata, rng):
    """Your gradient agrees with central differences of the loss YOUR function returns."""
    logits, labels, h = rng.standard_normal((2, 3)), np.array([2, 0]), 1e-6
    perturbed = []      # every input the central differences need, known up front: one batch
    _numeric_gradient(lambda z: perturbed.append(z) or 0.0, logits, h)
    result, *others = kata.calls("softmax_cross_entropy", [((z, labels), {}) for z in [logits, *perturbed]])
    grad = np.asarray(result.value[1], dtype=float)
    losses = iter([float(other.value[0]) for other in others])
    numeric = _numeric_gradient(lambda z: next(losses), logits, h)
    require(grad.shape == logits.shape and np.allclose(grad, numeric, rtol=1e-6, atol=1e-8),
            f"{result.shown}: your gradient {np.round(grad, 6).tolist()} is not the gradient of your loss; "
            f"central differences of it give {np.round(numeric, 6).tolist()}")


def test_gradient_rows_sum_to_zero(kata, rng):
    """Each gradient row sums to 0 (softmax sums to 1, the one-hot too), and its true-class entry is negative."""
    logits, labels = 3 * rng.standard_normal((6, 4)), rng.integers(0, 4, 6)
    result = kata.call("softmax_cross_entropy", logits, labels)
    grad = np.asarray(result.value[1], dtype=float)
    require(np.allclose(grad.sum(axis=1), 0.0, atol=1e-12) and np.all(grad[np.arange(6), labels] < 0),
            f"{result.shown}: every gradient row should sum to 0 with a negative entry at the true class; "
            f"row sums {np.round(grad.sum(axis=1), 6)}")
