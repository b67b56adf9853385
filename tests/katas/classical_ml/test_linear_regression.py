"""Hidden tests for classical_ml/linear_regression: fit_linear_regression(X, y) -> (w, b)."""
import numpy as np

from grader.testing import require


def test_exact_line_by_hand(kata):
    """Three points on y = 2x + 1: w = [2], b = 1."""
    kata.check("fit_linear_regression", np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]),
               expected=(np.array([2.0]), 1.0))


def test_noisy_line_by_hand(kata):
    """x = 0, 1, 2, 3 and y = 1, 2, 2, 4: Σ(x − x̄)(y − ȳ) = 4.5, Σ(x − x̄)² = 5, so w = 0.9, b = 0.9."""
    # x̄ = 1.5, ȳ = 2.25; products (−1.5)(−1.25) + (−0.5)(−0.25) + (0.5)(−0.25) + (1.5)(1.75) = 4.5.
    # b = 2.25 − 1.5 · 0.9 = 0.9.
    kata.check("fit_linear_regression", np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 2.0, 4.0]),
               expected=(np.array([0.9]), 0.9))


def test_far_from_the_origin_by_hand(kata):
    """x = 10, 11, 12 and y = 0, 1, 5: w = 5 / 2 = 2.5 and b = 2 − 11 · 2.5 = −25.5."""
    # x̄ = 11, ȳ = 2; Σ(x − x̄)(y − ȳ) = (−1)(−2) + 0 + (1)(3) = 5; Σ(x − x̄)² = 2.
    kata.check("fit_linear_regression", np.array([[10.0], [11.0], [12.0]]), np.array([0.0, 1.0, 5.0]),
               expected=(np.array([2.5]), -25.5))


def test_plane_by_hand(kata):
    """Four points on y = 1 + 2·x₁ − 3·x₂: w = [2, −3], b = 1."""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
    kata.check("fit_linear_regression", X, np.array([3.0, -2.0, 0.0, 1.0]),
               expected=(np.array([2.0, -3.0]), 1.0))


def test_matches_reference_on_random_problems(kata, rng):
    """Random noisy problems, 1 to 6 features, features and targets far from zero mean."""
    arg_sets = []
    for _ in range(12):
        d = int(rng.integers(1, 7))
        n = int(rng.integers(d + 2, 60))
        X = rng.normal(rng.uniform(-5, 5, d), rng.uniform(0.5, 3, d), (n, d))
        y = X @ rng.standard_normal(d) + float(rng.uniform(-10, 10)) + rng.standard_normal(n)
        arg_sets.append(((X, y), {}))
    kata.check_each("fit_linear_regression", arg_sets)


def test_exactly_d_plus_one_samples(kata):
    """n = d + 1 is allowed: 3 points, 2 features, the plane passes through all: w = [1, 3], b = 1."""
    # y = 1 + 1·x₁ + 3·x₂ at (0, 0), (1, 0), (0, 1).
    kata.check("fit_linear_regression", np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0, 4.0]),
               expected=(np.array([1.0, 3.0]), 1.0))


def test_too_few_samples_raise(kata):
    """n < d + 1 raises ValueError: 2 samples with 2 features, and 1 sample with 1 feature."""
    kata.raises("ValueError", "fit_linear_regression", np.array([[1.0, 2.0], [3.0, 5.0]]), np.array([1.0, 2.0]))
    kata.raises("ValueError", "fit_linear_regression", np.array([[2.0]]), np.array([3.0]))


def test_constant_target(kata):
    """y = 5 everywhere: w = 0 and b = 5, whatever X is."""
    X = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [2.0, 4.0], [-1.0, 0.0]])
    kata.check("fit_linear_regression", X, np.full(5, 5.0), expected=(np.zeros(2), 5.0))


def test_integer_inputs_give_floats(kata):
    """X and y hold ints: w is a float64 array and b a float (here w = [2], b = 1)."""
    kata.check("fit_linear_regression", np.array([[0], [1], [2]]), np.array([1, 3, 5]),
               expected=(np.array([2.0]), 1.0))


def test_residuals_satisfy_the_normal_equations(kata, rng):
    """At the least-squares fit the residuals sum to 0 and are orthogonal to every feature."""
    X = rng.normal(3.0, 2.0, (40, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 4.0 + rng.standard_normal(40)
    result = kata.call("fit_linear_regression", X, y)
    w, b = result.value
    residual = y - X @ np.asarray(w, dtype=float) - b
    require(abs(residual.sum()) < 1e-8,
            f"{result.shown}: with an intercept the residuals sum to 0, but they sum to {residual.sum():.3g}")
    require(np.abs(X.T @ residual).max() < 1e-7,
            f"{result.shown}: the residuals should be orthogonal to each feature, but Xᵀr = {X.T @ residual}")
