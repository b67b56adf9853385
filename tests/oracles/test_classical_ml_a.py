"""Outside oracles for classical_ml (part A): our references against scikit-learn.

Each test loads a reference solution from solutions/classical_ml/ and compares it with the
scikit-learn estimator that implements the same thing, on 20+ random inputs, with the
convention differences stated in the kata applied (C = 1 / (l2·n) for the penalised
logistic models; coef_ transposed; intercepts compared up to a common shift for softmax).
Gradient-descent katas are compared at convergence, Pegasos by its objective value.
"""
import importlib.util
import warnings

import numpy as np
import pytest

from grader import ROOT

sklearn = pytest.importorskip("sklearn")
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import LinearRegression, LogisticRegression, Perceptron, Ridge  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402


def _reference(name):
    path = ROOT / "solutions" / "classical_ml" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_classical_ml_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _regression_problem(rng, n=None, d=None):
    d = d or int(rng.integers(1, 7))
    n = n or int(rng.integers(d + 2, 80))
    X = rng.normal(rng.uniform(-5, 5, d), rng.uniform(0.5, 3, d), (n, d))
    y = X @ rng.standard_normal(d) + float(rng.uniform(-10, 10)) + rng.standard_normal(n)
    return X, y


@pytest.mark.parametrize("seed", range(25))
def test_linear_regression_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    X, y = _regression_problem(rng)
    w, b = _reference("linear_regression").fit_linear_regression(X, y)
    model = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-7, atol=1e-9)
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-9)


@pytest.mark.parametrize("seed", range(25))
def test_ridge_matches_sklearn(seed):
    rng = np.random.default_rng(100 + seed)
    if seed % 5 == 4:   # more features than samples
        X, y = rng.standard_normal((5, 9)) + 2.0, rng.standard_normal(5)
    else:
        X, y = _regression_problem(rng)
    alpha = float(10 ** rng.uniform(-2, 2))
    w, b = _reference("ridge_regression").fit_ridge(X, y, alpha=alpha)
    model = Ridge(alpha=alpha, solver="cholesky").fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-7, atol=1e-9)
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-9)


def test_ridge_alpha_zero_is_sklearn_least_squares():
    rng = np.random.default_rng(7)
    X, y = _regression_problem(rng, n=40, d=4)
    w, b = _reference("ridge_regression").fit_ridge(X, y, alpha=0.0)
    model = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, model.coef_, rtol=1e-7, atol=1e-9)
    assert b == pytest.approx(model.intercept_, rel=1e-7)


@pytest.mark.parametrize("seed", range(20))
def test_logistic_regression_converges_to_sklearn(seed):
    """Gradient descent run to convergence minimises what LogisticRegression(C = 1/(l2·n)) minimises."""
    rng = np.random.default_rng(200 + seed)
    n, d = int(rng.integers(20, 80)), int(rng.integers(1, 5))
    X = rng.standard_normal((n, d))
    y = (rng.random(n) < 1 / (1 + np.exp(-(X @ rng.standard_normal(d) + 0.5)))).astype(int)
    if y.min() == y.max():
        y[0] = 1 - y[0]
    l2 = float(rng.uniform(0.05, 0.5))
    lipschitz = np.linalg.eigvalsh(np.column_stack([X, np.ones(n)]).T @ np.column_stack([X, np.ones(n)]) / n).max() / 4 + l2
    w, b, _ = _reference("logistic_regression").fit_logistic_regression(
        X, y, learning_rate=1 / lipschitz, n_steps=4000, l2=l2)
    model = LogisticRegression(C=1 / (l2 * n), tol=1e-12, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(w, model.coef_[0], rtol=1e-5, atol=1e-7)
    assert b == pytest.approx(model.intercept_[0], rel=1e-5, abs=1e-7)


@pytest.mark.parametrize("seed", range(20))
def test_softmax_regression_converges_to_sklearn(seed):
    """Multinomial LogisticRegression(C = 1/(l2·n)): coef_ = Wᵀ, intercepts equal up to a common shift."""
    rng = np.random.default_rng(300 + seed)
    n, d, k = int(rng.integers(30, 90)), int(rng.integers(1, 5)), int(rng.integers(3, 6))
    X = rng.standard_normal((n, d))
    y = np.argmax(X @ rng.standard_normal((d, k)) + rng.standard_normal((n, k)), axis=1)
    y[:k] = np.arange(k)   # every class present, so sklearn's classes_ is 0 … k − 1
    l2 = float(rng.uniform(0.05, 0.5))
    A = np.column_stack([X, np.ones(n)])
    lipschitz = np.linalg.eigvalsh(A.T @ A / n).max() / 2 + l2
    module = _reference("softmax_regression")
    W, b, _ = module.fit_softmax_regression(X, y, n_classes=k, learning_rate=1 / lipschitz, n_steps=6000, l2=l2)
    model = LogisticRegression(C=1 / (l2 * n), tol=1e-12, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(W, model.coef_.T, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(b - b.mean(), model.intercept_ - model.intercept_.mean(), rtol=1e-5, atol=1e-6)
    X_new = rng.standard_normal((25, d))
    np.testing.assert_array_equal(module.predict_softmax_regression(X_new, W, b), model.predict(X_new))


@pytest.mark.parametrize("seed", range(25))
def test_knn_matches_sklearn_brute_force(seed):
    """No two training points equally far from a test point (continuous data); vote ties do occur (even k)."""
    rng = np.random.default_rng(400 + seed)
    n, d, classes = int(rng.integers(5, 60)), int(rng.integers(1, 5)), int(rng.integers(2, 5))
    labels = np.arange(classes) * 3 - 4      # negative labels too
    y = labels[rng.integers(0, classes, n)]
    X = rng.standard_normal((n, d)) + 0.5 * y[:, None]
    X_test = rng.standard_normal((30, d))
    k = int(rng.integers(1, n + 1))
    ours = _reference("knn").knn_predict(X, y, X_test, k)
    model = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X, y)
    np.testing.assert_array_equal(ours, model.predict(X_test))


@pytest.mark.parametrize("seed", range(25))
def test_perceptron_matches_sklearn(seed):
    """Perceptron(shuffle=False, tol=None, max_iter=n_epochs): the same updates (≤ 0), the same final w and b."""
    rng = np.random.default_rng(500 + seed)
    n, d = int(rng.integers(4, 40)), int(rng.integers(1, 5))
    X = rng.standard_normal((n, d))
    if seed % 5 == 4:                        # not separable: every epoch runs on both sides
        y = rng.choice([-1, 1], n)
        n_epochs = 7
    else:
        y = np.where(X @ rng.standard_normal(d) + 0.2 > 0, 1, -1)
        n_epochs = 200
    if y.min() == y.max():
        y[0] = -y[0]
    w, b, mistakes = _reference("perceptron").perceptron(X, y, n_epochs=n_epochs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = Perceptron(shuffle=False, tol=None, max_iter=n_epochs).fit(X, y)
    if mistakes[-1] != 0:
        assert len(mistakes) == n_epochs
    np.testing.assert_allclose(w, model.coef_[0], rtol=1e-12, atol=1e-12)
    assert b == pytest.approx(model.intercept_[0], abs=1e-12)


@pytest.mark.parametrize("seed", range(20))
def test_pegasos_approaches_the_linear_svc_optimum(seed):
    """LinearSVC(loss="hinge", fit_intercept=False, C = 1/(lam·n)) minimises the same objective (times 1/lam)."""
    rng = np.random.default_rng(600 + seed)
    n, d = int(rng.integers(20, 80)), int(rng.integers(1, 5))
    X = rng.standard_normal((n, d))
    y = np.where(X @ rng.standard_normal(d) + 0.5 * rng.standard_normal(n) > 0, 1, -1)
    lam = float(rng.uniform(0.05, 0.5))

    def objective(w):
        return lam / 2 * w @ w + np.mean(np.maximum(0.0, 1 - y * (X @ w)))

    w = _reference("linear_svm_pegasos").pegasos(X, y, lam=lam, n_steps=50_000, seed=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LinearSVC(loss="hinge", fit_intercept=False, C=1 / (lam * n), dual=True, tol=1e-10,
                          max_iter=1_000_000).fit(X, y)
    best = objective(model.coef_[0])
    assert best <= objective(w) + 1e-9
    assert objective(w) - best < 0.01 * best
    # strongly convex: a small objective gap means w is near the optimum
    assert np.linalg.norm(w - model.coef_[0]) < np.sqrt(2 * 0.01 * best / lam) + 1e-9
