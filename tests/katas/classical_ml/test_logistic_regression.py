"""Hidden tests for classical_ml/logistic_regression: fit_logistic_regression(X, y, *, learning_rate, n_steps, l2=0.0)."""
import math

import numpy as np

from grader.testing import require

LOG2 = math.log(2.0)


def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_one_step_by_hand(kata):
    """X = [[1], [−1]], y = [1, 0], learning rate 1: w = 0.5, b = 0, losses = [log 2] (the loss before the step)."""
    # p = [0.5, 0.5]; p − y = [−0.5, 0.5]; grad_w = (1·(−0.5) + (−1)·0.5) / 2 = −0.5; grad_b = 0.
    kata.check("fit_logistic_regression", np.array([[1.0], [-1.0]]), np.array([1, 0]),
               learning_rate=1.0, n_steps=1, expected=(np.array([0.5]), 0.0, np.array([LOG2])))


def test_bias_is_not_penalised_by_hand(kata):
    """X all zeros, y = [1, 1], l2 = 1, two steps of rate 1: only b moves, b = 0.5 then 0.5 + σ(−0.5)."""
    # Step 0: p = 0.5, grad_b = mean(p − y) = −0.5, so b = 0.5 (w stays 0: X = 0 and l2·w = 0).
    # Step 1: p = σ(0.5), grad_b = σ(0.5) − 1 = −σ(−0.5), so b = 0.5 + σ(−0.5) ≈ 0.877541.
    # Losses: log 2, then log(1 + e^0.5) − 0.5 = log(1 + e^−0.5) ≈ 0.474077.
    kata.check("fit_logistic_regression", np.zeros((2, 1)), np.array([1, 1]), learning_rate=1.0, n_steps=2, l2=1.0,
               expected=(np.array([0.0]), 0.5 + _sigmoid(-0.5), np.array([LOG2, math.log1p(math.exp(-0.5))])))


def test_l2_penalty_by_hand(kata):
    """X = [[1], [−1]], y = [1, 0], rate 1, l2 = 0.5, two steps: w = 0.5 + σ(−0.5) − 0.25, loss₁ adds (0.5/2)·0.5²."""
    # Step 0 as in the one-step case: w = 0.5, b = 0 (the penalty's gradient l2·w is 0 at w = 0).
    # Step 1: z = [0.5, −0.5], p − y = [−σ(−0.5), σ(−0.5)], data gradient = −σ(−0.5), penalty
    # gradient 0.5·0.5 = 0.25, so w = 0.5 + σ(−0.5) − 0.25 ≈ 0.627541; b stays 0 by symmetry.
    # loss₁ = log(1 + e^−0.5) + (0.5 / 2)·0.5² = 0.474077 + 0.0625.
    kata.check("fit_logistic_regression", np.array([[1.0], [-1.0]]), np.array([1, 0]),
               learning_rate=1.0, n_steps=2, l2=0.5,
               expected=(np.array([0.25 + _sigmoid(-0.5)]), 0.0,
                         np.array([LOG2, math.log1p(math.exp(-0.5)) + 0.0625])))


def test_huge_scores_give_exact_finite_losses(kata):
    """Rate 100 makes |z| > 1600 after one step: the loss must be exactly 550, not inf or nan or a clipped value."""
    # X = [[10], [−10], [10]], y = [1, 0, 0]. Step 0: p − y = [−0.5, 0.5, 0.5],
    # grad_w = (−5 − 5 + 5) / 3 = −5/3, grad_b = 0.5 / 3 = 1/6, so w = 500/3, b = −50/3.
    # Then z = [1650, −1683.3, 1650]: the first two are right with huge margins (loss ≈ 0), the
    # third (y = 0, z = 1650) costs log(1 + e^1650) = 1650: loss₁ = 1650 / 3 = 550.
    # Step 1: p − y = [0, 0, 1], grad_w = 10/3, grad_b = 1/3: w = −500/3, b = −50.
    kata.check("fit_logistic_regression", np.array([[10.0], [-10.0], [10.0]]), np.array([1, 0, 0]),
               learning_rate=100.0, n_steps=2,
               expected=(np.array([-500 / 3]), -50.0, np.array([LOG2, 550.0])))


def test_matches_reference_on_random_problems(kata, rng):
    """Random data sets (1 to 5 features), learning rates, penalties and step counts."""
    arg_sets = []
    for trial in range(12):
        n, d = int(rng.integers(5, 40)), int(rng.integers(1, 6))
        X = rng.standard_normal((n, d))
        y = (rng.random(n) < 1 / (1 + np.exp(-X @ rng.standard_normal(d) - 0.5))).astype(np.int64)
        if trial % 2:
            y = y.astype(float)
        l2 = 0.0 if trial % 3 == 0 else float(rng.uniform(0.01, 0.5))
        arg_sets.append(((X, y), dict(learning_rate=float(rng.uniform(0.05, 1.0)), n_steps=int(rng.integers(1, 30)),
                                      l2=l2)))
    kata.check_each("fit_logistic_regression", arg_sets)


def test_l2_defaults_to_zero(kata, rng):
    """Without l2 the fit is unpenalised: the same as l2 = 0."""
    X = rng.standard_normal((15, 3))
    y = (X[:, 0] + 0.5 * rng.standard_normal(15) > 0).astype(np.int64)
    kata.check("fit_logistic_regression", X, y, learning_rate=0.5, n_steps=10)


def test_zero_steps(kata):
    """n_steps = 0: (zeros(d), 0.0, an empty float64 array)."""
    kata.check("fit_logistic_regression", np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0, 1]),
               learning_rate=0.1, n_steps=0, expected=(np.zeros(2), 0.0, np.zeros(0)))


def test_one_sample(kata):
    """n = 1: x = [2], y = 1, rate 1: grad_w = 2·(0.5 − 1) = −1, grad_b = −0.5, so w = 1, b = 0.5."""
    kata.check("fit_logistic_regression", np.array([[2.0]]), np.array([1]), learning_rate=1.0, n_steps=1,
               expected=(np.array([1.0]), 0.5, np.array([LOG2])))


def test_loss_falls_with_a_small_enough_rate(kata, rng):
    """With learning rate 1/L (L the gradient's Lipschitz constant) the recorded loss falls at every step."""
    X = rng.standard_normal((50, 4))
    y = (X @ np.array([1.0, -2.0, 0.5, 0.0]) + rng.standard_normal(50) > 0).astype(np.int64)
    l2 = 0.05
    L = np.linalg.eigvalsh(X.T @ X / 50).max() / 4 + 0.25 + l2
    result = kata.call("fit_logistic_regression", X, y, learning_rate=float(1 / L), n_steps=40, l2=l2)
    losses = np.asarray(result.value[2], dtype=float)
    require(losses.shape == (40,), f"{result.shown} should return 40 losses, got shape {losses.shape}")
    require(np.all(np.diff(losses) < 0),
            f"{result.shown}: the loss should fall at every step, but the losses were {np.round(losses[:6], 5)}…")


def test_converges_to_the_penalised_minimum(kata, rng):
    """500 steps with l2 = 0.1: the gradient of the penalised loss at the returned (w, b) is ~0."""
    X = rng.standard_normal((60, 3))
    y = (X @ np.array([2.0, -1.0, 0.5]) + 0.3 + rng.standard_normal(60) > 0).astype(np.int64)
    result = kata.call("fit_logistic_regression", X, y, learning_rate=1.5, n_steps=500, l2=0.1)
    w, b, _ = result.value
    w = np.asarray(w, dtype=float)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    grad = np.append(X.T @ (p - y) / 60 + 0.1 * w, np.mean(p - y))
    require(np.abs(grad).max() < 1e-8,
            f"{result.shown}: at the returned (w, b) the gradient (1/n)·Xᵀ(p − y) + l2·w, mean(p − y) should be "
            f"~0, but it is {grad}")
