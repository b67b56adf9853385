"""Hidden tests for neural_nets/sigmoid_neuron_backprop: sigmoid_neuron_backprop(X, y, w, b) -> (loss, dw, db)."""
import math

import numpy as np

from grader.testing import require

LN3 = math.log(3.0)


def _numeric_gradient(loss, w, b, h=1e-6):
    """Central differences of loss(w, b) in every weight and in the bias."""
    dw = np.zeros_like(w)
    for i in range(w.size):
        step = np.zeros_like(w)
        step[i] = h
        dw[i] = (loss(w + step, b) - loss(w - step, b)) / (2 * h)
    db = (loss(w, b + h) - loss(w, b - h)) / (2 * h)
    return dw, float(db)


def test_one_example_by_hand(kata):
    """x = (1, 2), y = 1, w = 0, b = 0: p = ½, L = ¼, dL/dz = 2·(−½)·¼ = −¼, dw = (−¼, −½), db = −¼."""
    kata.check("sigmoid_neuron_backprop", np.array([[1.0, 2.0]]), np.array([1.0]), np.zeros(2), 0.0,
               expected=(0.25, np.array([-0.25, -0.5]), -0.25))


def test_bias_ln3_by_hand(kata):
    """x = 0, y = 0, b = ln 3: p = ¾, L = 9/16, dL/dz = 2·¾·(¾·¼) = 0.28125 = db, and dw = 0."""
    kata.check("sigmoid_neuron_backprop", np.array([[0.0]]), np.array([0.0]), np.array([1.0]), LN3,
               expected=(0.5625, np.array([0.0]), 0.28125))


def test_two_examples_by_hand(kata):
    """X = [[1], [2]], y = [1, 0], w = 0, b = ln 3: the mean over N = 2 (the 1/N reaches the gradient)."""
    # p = [¾, ¾], r = p − y = [−¼, ¾], L = (1/16 + 9/16)/2 = 0.3125
    # dL/dp = 2r/2 = [−¼, ¾]; dL/dz = dL/dp · 3/16 = [−0.046875, 0.140625]
    # dw = 1·(−0.046875) + 2·0.140625 = 0.234375; db = −0.046875 + 0.140625 = 0.09375
    kata.check("sigmoid_neuron_backprop", np.array([[1.0], [2.0]]), np.array([1.0, 0.0]), np.array([0.0]), LN3,
               expected=(0.3125, np.array([0.234375]), 0.09375))


def test_symmetric_pair_by_hand(kata):
    """X = [[1, 0], [0, 2]], y = [1, 0], w = 0, b = 0: L = ¼, dw = (−⅛, ¼), db = 0 (the two cancel)."""
    # p = [½, ½], r = [−½, ½], dL/dp = 2r/2 = r, dL/dz = r·¼ = [−⅛, ⅛]
    kata.check("sigmoid_neuron_backprop", np.array([[1.0, 0.0], [0.0, 2.0]]), np.array([1.0, 0.0]),
               np.zeros(2), 0.0, expected=(0.25, np.array([-0.125, 0.25]), 0.0))


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches (N from 1 to 20, D from 1 to 5), weights, biases and targets in [0, 1]."""
    arg_sets = []
    for _ in range(10):
        n, d = int(rng.integers(1, 21)), int(rng.integers(1, 6))
        arg_sets.append(((rng.standard_normal((n, d)), rng.uniform(0, 1, n),
                          rng.standard_normal(d), float(rng.standard_normal())), {}))
    kata.check_each("sigmoid_neuron_backprop", arg_sets)


def test_saturated_neuron(kata):
    """z = ±30: σ′ ≈ e^−30, so the gradients vanish (≈ 1e-13) even though the loss is large."""
    kata.check("sigmoid_neuron_backprop", np.array([[30.0], [-30.0]]), np.array([0.0, 1.0]), np.array([1.0]), 0.0)


def test_gradient_matches_finite_differences(kata, rng):
    """dw and db equal central differences (h = 1e-6) of the loss, on random batches."""
    for _ in range(5):
        n, d = int(rng.integers(2, 12)), int(rng.integers(1, 5))
        X, y = rng.standard_normal((n, d)), rng.uniform(0, 1, n)
        w, b = rng.standard_normal(d), float(rng.standard_normal())
        def reference_loss(w_, b_):
            return kata.reference.sigmoid_neuron_backprop(X, y, w_, b_)[0]

        dw, db = _numeric_gradient(reference_loss, w, b)
        # central differences of the reference's loss are accurate to ~1e-10 here; atol 1e-8 leaves room
        kata.check("sigmoid_neuron_backprop", X, y, w, b, expected=(reference_loss(w, b), dw, db),
                   rtol=1e-6, atol=1e-8)


def test_gradient_matches_your_own_loss(kata, rng):
    """Your dw and db agree with central differences of the loss YOUR function returns."""
    X, y = rng.standard_normal((6, 3)), rng.uniform(0, 1, 6)
    w, b, h = rng.standard_normal(3), 0.3, 1e-6
    perturbed = []      # every (w, b) the central differences need, known up front: one batch
    _numeric_gradient(lambda w_, b_: perturbed.append((w_, b_)) or 0.0, w, b, h)
    result, *others = kata.calls("sigmoid_neuron_backprop", [((X, y, w_, b_), {}) for w_, b_ in [(w, b), *perturbed]])
    _, dw, db = result.value
    losses = iter([float(other.value[0]) for other in others])
    numeric_dw, numeric_db = _numeric_gradient(lambda w_, b_: next(losses), w, b, h)
    require(np.allclose(dw, numeric_dw, rtol=1e-6, atol=1e-8) and np.isclose(db, numeric_db, rtol=1e-6, atol=1e-8),
            f"{result.shown}: your gradient (dw={np.round(dw, 6)}, db={float(db):.6g}) is not the gradient of your "
            f"loss: central differences of it give dw={np.round(numeric_dw, 6)}, db={numeric_db:.6g}")


def test_one_feature_one_example(kata):
    """N = 1, D = 1: still a float loss, a (1,) float64 dw and a float db."""
    kata.check("sigmoid_neuron_backprop", np.array([[2.0]]), np.array([0.5]), np.array([-0.25]), 0.5,
               expected=(0.0, np.array([0.0]), 0.0))
