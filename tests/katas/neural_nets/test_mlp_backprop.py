"""Hidden tests for neural_nets/mlp_backprop: mlp_backprop(X, y, W1, b1, W2, b2) -> (loss, (dW1, db1, dW2, db2))."""
import math

import numpy as np

from grader.testing import require

LN3 = math.log(3.0)
W1_HAND = np.array([[1.0, -1.0]])
W2_HAND = np.array([[LN3, 0.0], [5.0, 7.0]])
# x = 1, label 1, b1 = 0, b2 = 0: h = (1, −1), a = (1, 0), s = (ln 3, 0), p = (¾, ¼), L = ln 4.
# ds = p − onehot = (¾, −¾); dW2 = aᵀ ds = [[¾, −¾], [0, 0]]; db2 = (¾, −¾)
# da = ds W2ᵀ = (¾·ln 3 − 0, ¾·5 − ¾·7) = (¾ ln 3, −1.5); h2 = −1 < 0 stops the second: dh = (¾ ln 3, 0)
# dW1 = xᵀ dh = [[¾ ln 3, 0]], db1 = (¾ ln 3, 0)
HAND = (math.log(4.0), (np.array([[0.75 * LN3, 0.0]]), np.array([0.75 * LN3, 0.0]),
                        np.array([[0.75, -0.75], [0.0, 0.0]]), np.array([0.75, -0.75])))


def _numeric_gradients(loss, params, h=1e-6):
    """Central differences of loss(W1, b1, W2, b2) in every entry of every parameter."""
    grads = []
    for which in range(4):
        grad = np.zeros_like(params[which])
        for index in np.ndindex(grad.shape):
            plus = [p.copy() for p in params]
            minus = [p.copy() for p in params]
            plus[which][index] += h
            minus[which][index] -= h
            grad[index] = (loss(*plus) - loss(*minus)) / (2 * h)
        grads.append(grad)
    return tuple(grads)


def _random_problem(rng, n, d, hidden, c):
    return (rng.standard_normal((n, d)), rng.integers(0, c, n), rng.standard_normal((d, hidden)),
            0.1 * rng.standard_normal(hidden), rng.standard_normal((hidden, c)), 0.1 * rng.standard_normal(c))


def test_one_example_by_hand(kata):
    """x = 1, label 1: L = ln 4; the ReLU passes unit 1 (h = 1) and stops unit 2 (h = −1)."""
    kata.check("mlp_backprop", np.array([[1.0]]), np.array([1]), W1_HAND, np.zeros(2), W2_HAND, np.zeros(2),
               expected=HAND)


def test_relu_at_exactly_zero_passes_no_gradient(kata):
    """Three hidden units at h = (1, 0, −1): the one at h = 0 exactly gets derivative 0 (PyTorch's), like h < 0."""
    # W1 = [[1, −1, −1]], b1 = (0, 1, 0): h = (1, 0, −1), a = (1, 0, 0), s = (ln 3, 0) as before, L = ln 4
    # ds = (¾, −¾); da = ds W2ᵀ = (¾ ln 3, ¾·5 − ¾·7, ¾·2 − ¾·4) = (¾ ln 3, −1.5, −1.5)
    # dh = (¾ ln 3, 0, 0): the unit at 0 and the negative one pass nothing back
    W2 = np.array([[LN3, 0.0], [5.0, 7.0], [2.0, 4.0]])
    kata.check("mlp_backprop", np.array([[1.0]]), np.array([1]), np.array([[1.0, -1.0, -1.0]]),
               np.array([0.0, 1.0, 0.0]), W2, np.zeros(2),
               expected=(math.log(4.0), (np.array([[0.75 * LN3, 0.0, 0.0]]), np.array([0.75 * LN3, 0.0, 0.0]),
                                         np.array([[0.75, -0.75], [0.0, 0.0], [0.0, 0.0]]), np.array([0.75, -0.75]))))


def test_duplicated_example_gives_the_same_mean(kata):
    """The same example twice (N = 2): the MEAN loss and its gradients equal the one-example ones."""
    kata.check("mlp_backprop", np.array([[1.0], [1.0]]), np.array([1, 1]), W1_HAND, np.zeros(2), W2_HAND,
               np.zeros(2), expected=HAND)


def test_huge_scores_by_hand(kata):
    """W2 = [[1000, 0], [0, 0]]: scores (1000, 0), label 1: L = 1000, ds = (1, −1), da = (1000, 0); no nan."""
    kata.check("mlp_backprop", np.array([[1.0]]), np.array([1]), W1_HAND, np.zeros(2),
               np.array([[1000.0, 0.0], [0.0, 0.0]]), np.zeros(2),
               expected=(1000.0, (np.array([[1000.0, 0.0]]), np.array([1000.0, 0.0]),
                                  np.array([[1.0, -1.0], [0.0, 0.0]]), np.array([1.0, -1.0]))))


def test_huge_negative_scores_by_hand(kata):
    """W2 = [[−1000, −1001], [0, 0]]: scores (−1000, −1001), label 0: subtract the max −1000 (not 0, which underflows to log 0): L = log(1 + e⁻¹) = 0.31326, ds = (−0.26894, 0.26894)."""
    b = 1.0 / (1.0 + np.e)                                  # 1 − σ(1) = 0.2689414213699951
    # da = ds W2ᵀ = (0.26894·1000 − 0.26894·1001, 0) = (−b, 0); h = (1, −1): the ReLU passes the first
    kata.check("mlp_backprop", np.array([[1.0]]), np.array([0]), W1_HAND, np.zeros(2),
               np.array([[-1000.0, -1001.0], [0.0, 0.0]]), np.zeros(2),
               expected=(float(np.log1p(np.exp(-1.0))), (np.array([[-b, 0.0]]), np.array([-b, 0.0]),
                                                       np.array([[-b, b], [0.0, 0.0]]), np.array([-b, b]))))


def test_matches_reference_on_random_networks(kata, rng):
    """Random networks (N 1–10, D 1–4, H 1–6, C 2–4) and labels, against the reference."""
    arg_sets = []
    for _ in range(8):
        n, d, hidden, c = (int(v) for v in rng.integers([1, 1, 1, 2], [11, 5, 7, 5]))
        arg_sets.append((_random_problem(rng, n, d, hidden, c), {}))
    kata.check_each("mlp_backprop", arg_sets)


def test_dead_hidden_layer(kata):
    """Every hidden unit negative: a = 0, so dW1, db1 and dW2 are zero and only b2 learns."""
    # s = b2 = (0, 0): p = (½, ½), label 0: L = ln 2, ds = (−½, ½) = db2, dW2 = aᵀ ds = 0, da masked out.
    kata.check("mlp_backprop", np.array([[1.0, 2.0]]), np.array([0]), -np.ones((2, 3)), np.zeros(3),
               np.ones((3, 2)), np.zeros(2),
               expected=(math.log(2.0), (np.zeros((2, 3)), np.zeros(3), np.zeros((3, 2)), np.array([-0.5, 0.5]))))


def test_gradients_match_finite_differences(kata, rng):
    """All four gradients equal central differences (h = 1e-6) of the loss."""
    for _ in range(3):
        X, y, *params = _random_problem(rng, 5, 3, 4, 3)

        def reference_loss(*p):
            return kata.reference.mlp_backprop(X, y, *p)[0]

        # central differences are accurate to ~1e-9 here (away from ReLU kinks); atol 1e-7 allows for it
        kata.check("mlp_backprop", X, y, *params,
                   expected=(reference_loss(*params), _numeric_gradients(reference_loss, params)), rtol=1e-5, atol=1e-7)


def test_gradients_match_your_own_loss(kata, rng):
    """Your gradients agree with central differences of the loss YOUR function returns."""
    X, y, W1, b1, W2, b2 = _random_problem(rng, 3, 2, 3, 2)
    params, step = [W1, b1, W2, b2], 1e-6
    perturbed = []      # every parameter set the central differences need, known up front: one batch
    _numeric_gradients(lambda *p: perturbed.append(p) or 0.0, params, step)
    result, *others = kata.calls("mlp_backprop", [((X, y, *p), {}) for p in [params, *perturbed]])
    grads = result.value[1]
    losses = iter([float(other.value[0]) for other in others])
    numerics = _numeric_gradients(lambda *p: next(losses), params, step)
    for which, name in enumerate(["dW1", "db1", "dW2", "db2"]):
        numeric = numerics[which]
        got = np.asarray(grads[which], dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-5, atol=1e-7),
                f"{result.shown}: your {name} {np.round(got, 5).tolist()} is not the gradient of your loss; "
                f"central differences give {np.round(numeric, 5).tolist()}")
