"""Hidden tests for classical_ml/lasso_cd: lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True)."""
import numpy as np

from grader.testing import require

X2 = np.array([[1.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [0.0, 0.0]])     # centred columns, correlated
Y2 = np.array([1.0, 0.0, 0.0, -1.0])


def _problem(rng, n, d, sparsity=0.5):
    X = rng.standard_normal((n, d)) + rng.normal(0, 2, d)
    w = rng.standard_normal(d) * (rng.random(d) > sparsity)
    return X, X @ w + 0.7 + 0.3 * rng.standard_normal(n)


def _objective(X, y, w, b, alpha):
    return ((y - X @ w - b) ** 2).sum() / (2 * len(y)) + alpha * np.abs(w).sum()


def test_one_feature_by_hand(kata):
    """X = [[1], [−1]], y = [0.7, −0.7], alpha = 0.5: rho = 0.7, z = 1, w = 0.7 − 0.5 = 0.2."""
    kata.check("lasso_cd", np.array([[1.0], [-1.0]]), np.array([0.7, -0.7]), alpha=0.5,
               expected=(np.array([0.2]), 0.0, 2), atol=1e-15)


def test_rho_equal_to_alpha_gives_zero(kata):
    """The same data with alpha = 0.7 = |rho|: soft thresholding gives exactly 0 (≤); the sweep changes nothing: n_iter 1."""
    kata.check("lasso_cd", np.array([[1.0], [-1.0]]), np.array([0.7, -0.7]), alpha=0.7,
               expected=(np.array([0.0]), 0.0, 1))


def test_alpha_zero_is_least_squares(kata):
    """alpha = 0 on the same data: w = rho / z = 0.7 (least squares)."""
    kata.check("lasso_cd", np.array([[1.0], [-1.0]]), np.array([0.7, -0.7]), alpha=0.0,
               expected=(np.array([0.7]), 0.0, 2), atol=1e-15)


def test_negative_coefficient_and_intercept_by_hand(kata):
    """X = [[1], [3]], y = [1.7, 0.3], alpha = 0.5: centred rho = −0.7, w = −0.2, b = ȳ − x̄·w = 1 + 0.4 = 1.4."""
    kata.check("lasso_cd", np.array([[1.0], [3.0]]), np.array([1.7, 0.3]), alpha=0.5,
               expected=(np.array([-0.2]), 1.4, 2), atol=1e-14)


def test_one_sweep_is_cyclic_by_hand(kata):
    """Two correlated columns, alpha = 0.1, max_iter = 1: w_0 = 0.3, then w_1 sees it: rho_1 = 0.175, w_1 = 0.15."""
    kata.check("lasso_cd", X2, Y2, alpha=0.1, max_iter=1, expected=(np.array([0.3, 0.15]), 0.0, 1), atol=1e-15)


def test_two_sweeps_by_hand(kata):
    """Sweep 2 of the same problem: rho_0 = 0.85/4, w_0 = 0.225; rho_1 = 0.775/4, w_1 = 0.1875."""
    # After sweep 1 the residual is [0.55, 0.3, 0.15, −1]; with w_0 removed again it is [0.85, 0, 0.15, −1].
    # After w_0 = 0.225: residual [0.625, 0.225, 0.15, −1]; with w_1 = 0.15 removed: [0.775, 0.225, 0, −1].
    kata.check("lasso_cd", X2, Y2, alpha=0.1, max_iter=2, expected=(np.array([0.225, 0.1875]), 0.0, 2),
               atol=1e-15)


def test_converges_to_the_kkt_point(kata):
    """The same problem to convergence: w = [0.2, 0.2] (both correlations with the residual equal alpha)."""
    # r = [0.6, 0.2, 0.2, −1]: Xc[:, 0]·r / 4 = Xc[:, 1]·r / 4 = 0.1 = alpha. The change shrinks by 4 per sweep.
    w, b, n_iter = kata.call("lasso_cd", X2, Y2, alpha=0.1, tol=1e-12).value
    require(np.allclose(w, [0.2, 0.2], atol=1e-11) and abs(b) <= 1e-12,
            f"expected w = [0.2, 0.2] and b = 0, got w = {np.asarray(w)}, b = {b}")
    require(19 <= n_iter <= 22, f"the largest change falls by 4 each sweep from 0.3: about 21 sweeps, not {n_iter}")


def test_change_equal_to_tol_stops(kata):
    """tol = 0.3: the first sweep's largest change is exactly 0.3 ≤ tol, so it stops after 1 sweep."""
    kata.check("lasso_cd", X2, Y2, alpha=0.1, tol=0.3, expected=(np.array([0.3, 0.15]), 0.0, 1), atol=1e-15)


def test_change_above_tol_goes_on(kata):
    """tol = 0.29: 0.3 > tol, so sweep 2 runs (change 0.075 ≤ 0.29): w = [0.225, 0.1875], n_iter 2."""
    kata.check("lasso_cd", X2, Y2, alpha=0.1, tol=0.29, expected=(np.array([0.225, 0.1875]), 0.0, 2), atol=1e-15)


def test_zero_sweeps(kata):
    """max_iter = 0: w = 0, b = ȳ = 1.0, n_iter 0."""
    kata.check("lasso_cd", np.array([[1.0], [3.0]]), np.array([1.7, 0.3]), alpha=0.5, max_iter=0,
               expected=(np.array([0.0]), 1.0, 0))


def test_without_intercept_by_hand(kata):
    """fit_intercept=False, X = [[1], [3]], y = [1.7, 0.3], alpha = 0.5: rho = 2.6/2 = 1.3, z = 5, w = 0.16, b = 0."""
    kata.check("lasso_cd", np.array([[1.0], [3.0]]), np.array([1.7, 0.3]), alpha=0.5, fit_intercept=False,
               expected=(np.array([0.16]), 0.0, 2), atol=1e-15)


def test_constant_column_gets_zero(kata):
    """A constant column (0 after centring, z = 0) gets w = 0, no division by zero: w = [0.2, 0]."""
    X = np.array([[1.0, 5.0], [-1.0, 5.0]])
    kata.check("lasso_cd", X, np.array([0.7, -0.7]), alpha=0.5, expected=(np.array([0.2, 0.0]), 0.0, 2),
               atol=1e-15)


def test_huge_alpha_gives_all_zeros(kata, rng):
    """alpha = 1e6 on random data: every w_j = 0 after one sweep, b = ȳ."""
    X, y = _problem(rng, 20, 4)
    kata.check("lasso_cd", X, y, alpha=1e6, expected=(np.zeros(4), float(y.mean()), 1))


def test_alpha_at_alpha_max_gives_all_zeros(kata):
    """alpha = max_j |Xcᵀyc|/n exactly (the smallest alpha with w = 0): all zeros, n_iter 1."""
    X = np.array([[1.0, 2.0], [2.0, 0.5], [4.0, 1.0], [3.0, 0.1]])
    y = np.array([0.3, 0.9, 1.4, 0.1])
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    alpha_max = float(np.abs(Xc.T @ yc).max() / len(y))
    result = kata.call("lasso_cd", X, y, alpha=alpha_max)
    w = np.asarray(result.value[0])
    require(np.all(np.abs(w) <= 1e-12), f"at alpha = alpha_max every coefficient should be 0, got {w}")


def test_integer_input_gives_float64(kata):
    """Int X = [[1], [3]] and y = [2, 0] with alpha = 0.5: w = [−0.5], b = 2.0 (float64)."""
    kata.check("lasso_cd", np.array([[1], [3]]), np.array([2, 0]), alpha=0.5,
               expected=(np.array([-0.5]), 2.0, 2), atol=1e-15)


def test_matches_reference_on_random_problems(kata, rng):
    """Random problems (n ≤ 40, d ≤ 6), various alpha, with and without intercept, short and full runs."""
    for n, d, alpha, kwargs in ((30, 3, 0.1, {}), (40, 6, 0.5, {}), (15, 5, 0.05, dict(fit_intercept=False)),
                                (25, 4, 0.2, dict(max_iter=3)), (10, 6, 0.01, dict(tol=1e-4))):
        X, y = _problem(rng, n, d)
        kata.check("lasso_cd", X, y, alpha=alpha, **kwargs, atol=1e-9)


def test_never_worse_than_the_start(kata, rng):
    """The objective after any number of sweeps is never above the one before (coordinate descent is monotone)."""
    X, y = _problem(rng, 25, 4)
    values = []
    for max_iter in range(4):
        w, b, _ = kata.call("lasso_cd", X, y, alpha=0.1, max_iter=max_iter).value
        values.append(_objective(X, y, np.asarray(w), b, 0.1))
    require(all(b <= a + 1e-12 for a, b in zip(values, values[1:])), f"the objective rose: {np.round(values, 6)}")


def test_negative_alpha_raises(kata):
    """alpha = −0.1 raises ValueError."""
    kata.raises("ValueError", "lasso_cd", X2, Y2, alpha=-0.1)


def test_bad_shapes_raise(kata):
    """A 1-D X, or y of the wrong length, raises ValueError."""
    kata.raises("ValueError", "lasso_cd", np.array([1.0, 2.0]), np.array([1.0, 2.0]), alpha=0.1)
    kata.raises("ValueError", "lasso_cd", X2, np.ones(3), alpha=0.1)
