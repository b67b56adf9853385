"""Hidden tests for classical_ml/ridge_regression: fit_ridge(X, y, *, alpha) -> (w, b)."""
import numpy as np

from grader.testing import require


def test_line_by_hand(kata):
    """x = 0, 1, 2, y = 1, 3, 5, alpha = 1: w = 4 / (2 + 1) = 4/3, b = 3 − 4/3 = 5/3."""
    # x̄ = 1, ȳ = 3; Σ(x − x̄)² = 2, Σ(x − x̄)(y − ȳ) = (−1)(−2) + 0 + (1)(2) = 4.
    kata.check("fit_ridge", np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]), alpha=1.0,
               expected=(np.array([4 / 3]), 5 / 3))


def test_alpha_zero_is_least_squares_by_hand(kata):
    """alpha = 0 is ordinary least squares: the same three points give w = [2], b = 1."""
    kata.check("fit_ridge", np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]), alpha=0.0,
               expected=(np.array([2.0]), 1.0))


def test_intercept_far_from_zero_by_hand(kata):
    """x = 10, 11, 12, y = 0, 1, 5, alpha = 2: w = 5 / (2 + 2) = 1.25, b = 2 − 11 · 1.25 = −11.75."""
    # x̄ = 11, ȳ = 2; Σ(x − x̄)² = 2, Σ(x − x̄)(y − ȳ) = 2 + 0 + 3 = 5. b is not shrunk.
    kata.check("fit_ridge", np.array([[10.0], [11.0], [12.0]]), np.array([0.0, 1.0, 5.0]), alpha=2.0,
               expected=(np.array([1.25]), -11.75))


def test_two_features_by_hand(kata):
    """Centred X with XcᵀXc = diag(2, 2), Xcᵀyc = [2, 4], alpha = 2: w = [0.5, 1], b = ȳ = 2."""
    # alpha goes on the diagonal only: (2 + 2) w₁ = 2, (2 + 2) w₂ = 4.
    X = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    kata.check("fit_ridge", X, np.array([3.0, 1.0, 4.0, 0.0]), alpha=2.0,
               expected=(np.array([0.5, 1.0]), 2.0))


def test_matches_reference_on_random_problems(kata, rng):
    """Random problems with 1 to 6 features far from zero mean and alpha from 0.01 to 100."""
    arg_sets = []
    for _ in range(12):
        d = int(rng.integers(1, 7))
        n = int(rng.integers(d + 2, 50))
        X = rng.normal(rng.uniform(-5, 5, d), rng.uniform(0.5, 3, d), (n, d))
        y = X @ rng.standard_normal(d) + float(rng.uniform(-10, 10)) + rng.standard_normal(n)
        arg_sets.append(((X, y), {"alpha": float(10 ** rng.uniform(-2, 2))}))
    kata.check_each("fit_ridge", arg_sets)


def test_alpha_zero_matches_least_squares(kata, rng):
    """alpha = 0 on random data gives the least-squares fit (with an intercept)."""
    X = rng.normal(2.0, 1.5, (30, 3))
    y = X @ np.array([1.0, -1.0, 2.0]) + 3.0 + 0.3 * rng.standard_normal(30)
    A = np.column_stack([X, np.ones(30)])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    kata.check("fit_ridge", X, y, alpha=0.0, expected=(theta[:3], float(theta[3])))


def test_more_features_than_samples(kata, rng):
    """n = 4 samples, d = 8 features, alpha = 0.5: the penalised system is still solvable."""
    X, y = rng.standard_normal((4, 8)) + 1.0, rng.standard_normal(4)
    kata.check("fit_ridge", X, y, alpha=0.5)


def test_one_sample(kata):
    """n = 1, alpha = 1: the centred X is all zeros, so w = 0 and b = y[0] = 7."""
    kata.check("fit_ridge", np.array([[2.0, -3.0]]), np.array([7.0]), alpha=1.0, expected=(np.zeros(2), 7.0))


def test_negative_alpha_raises(kata):
    """alpha < 0 raises ValueError (alpha = 0 is allowed; −1e-12 is not)."""
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    kata.raises("ValueError", "fit_ridge", X, y, alpha=-1.0)
    kata.raises("ValueError", "fit_ridge", X, y, alpha=-1e-12)


def test_integer_inputs_give_floats(kata):
    """X and y hold ints and alpha = 1: w is a float64 array, b a float (w = [4/3], b = 5/3)."""
    kata.check("fit_ridge", np.array([[0], [1], [2]]), np.array([1, 3, 5]), alpha=1.0,
               expected=(np.array([4 / 3]), 5 / 3))


def test_shifting_y_moves_only_the_intercept(kata, rng):
    """The intercept is not penalised: adding 1000 to every y adds 1000 to b and leaves w alone."""
    X, y = rng.normal(1.0, 1.0, (20, 3)), rng.standard_normal(20)
    first = kata.call("fit_ridge", X, y, alpha=5.0)
    second = kata.call("fit_ridge", X, y + 1000.0, alpha=5.0)
    w1, b1 = first.value
    w2, b2 = second.value
    require(np.allclose(w1, w2, rtol=1e-6, atol=1e-9) and abs((b2 - b1) - 1000.0) < 1e-6,
            f"{first.shown} then with y + 1000: w should not change and b should grow by 1000, but w went "
            f"from {np.round(w1, 6)} to {np.round(w2, 6)} and b grew by {b2 - b1:.6g}. Is the intercept penalised?")


def test_larger_alpha_shrinks_w(kata, rng):
    """‖w‖ falls as alpha grows (0.1, 1, 10, 100, 1000)."""
    X = rng.standard_normal((25, 4))
    y = X @ np.array([2.0, -1.0, 0.5, 3.0]) + rng.standard_normal(25)
    norms = []
    for alpha in (0.1, 1.0, 10.0, 100.0, 1000.0):
        norms.append(float(np.linalg.norm(kata.call("fit_ridge", X, y, alpha=alpha).value[0])))
    require(all(a > b for a, b in zip(norms, norms[1:])),
            f"fit_ridge: ‖w‖ should fall as alpha grows (0.1 … 1000), but it was {np.round(norms, 4)}")


def test_alpha_is_checked_before_the_shortcut(kata):
    """n = 1 gives w = 0, b = y[0], but alpha is checked before the shortcut: alpha = −0.1 raises ValueError."""
    kata.raises("ValueError", "fit_ridge", np.array([[0.7, 0.1]]), np.array([2.0]), alpha=-0.1)
