"""Outside oracles for classical_ml part C (issue 17): our references against scikit-learn and scipy.

lasso_cd        sklearn.linear_model.Lasso (same objective; both run to a tight convergence)
dbscan          sklearn.cluster.DBSCAN: labels_ and core_sample_indices_, exactly
agglomerative   scipy.cluster.hierarchy.linkage heights (in merge order) and
                sklearn.cluster.AgglomerativeClustering labels, renumbered by first appearance
gb_stumps       sklearn GradientBoostingRegressor(max_depth=1): its trees' thresholds and predictions
adaboost_stumps sklearn AdaBoostClassifier (SAMME) driving OUR weighted-error stump as its weak learner:
                its estimator_weights_ against our alphas, and its predictions (sklearn's own
                stump picks by weighted Gini, a documented difference, so the weak learner is shared)
random_forest   one tree (n_trees = 1) on ONE feature against sklearn DecisionTreeClassifier(max_depth)
                grown on the same bootstrap rows (default_rng(seed).integers(0, n, n)); with several
                features sklearn breaks exact ties between features in a random order, and its
                RandomForestClassifier draws differently and votes softly, so no forest-level twin
fisher_lda      sklearn LinearDiscriminantAnalysis(solver="lsqr") with its default priors (class frequencies,
                so its covariance is S_W / n): coef_ normalised; its intercept minus log(p1/p0) for
                our midpoint threshold and predictions
"""
import importlib.util
import warnings
from pathlib import Path

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")
hierarchy = pytest.importorskip("scipy.cluster.hierarchy")
from sklearn.cluster import DBSCAN, AgglomerativeClustering  # noqa: E402
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis  # noqa: E402
from sklearn.base import BaseEstimator, ClassifierMixin  # noqa: E402
from sklearn.ensemble import AdaBoostClassifier, GradientBoostingRegressor  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import Lasso  # noqa: E402

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "classical_ml"
SEEDS = range(20)


def _load(name):
    spec = importlib.util.spec_from_file_location(f"oracle_classical_ml_c_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LASSO = _load("lasso_cd")
DB = _load("dbscan")
AGG = _load("agglomerative")
LDA = _load("fisher_lda")
GB = _load("gb_stumps")
ADA = _load("adaboost_stumps")
RF = _load("random_forest")


def _first_appearance(labels):
    seen = {}
    return np.array([seen.setdefault(label, len(seen)) for label in labels])


@pytest.mark.parametrize("seed", SEEDS)
def test_lasso_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(10, 40)), int(rng.integers(1, 7))
    X = rng.standard_normal((n, d)) * rng.uniform(0.5, 3.0, d) + rng.normal(0, 2, d)
    y = X @ (rng.standard_normal(d) * (rng.random(d) > 0.4)) + 1.3 + 0.5 * rng.standard_normal(n)
    alpha = float(10.0 ** rng.uniform(-3, 0))
    fit_intercept = bool(seed % 4)
    w, b, n_iter = LASSO.lasso_cd(X, y, alpha=alpha, tol=1e-13, max_iter=100_000, fit_intercept=fit_intercept)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        theirs = Lasso(alpha=alpha, fit_intercept=fit_intercept, tol=1e-14, max_iter=100_000).fit(X, y)
    assert n_iter < 100_000
    np.testing.assert_allclose(w, theirs.coef_, atol=1e-7)
    np.testing.assert_allclose(b, theirs.intercept_, atol=1e-6)


@pytest.mark.parametrize("seed", SEEDS)
def test_dbscan_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(10, 80)), int(rng.integers(1, 4))
    centres = 4 * rng.standard_normal((4, d))
    X = centres[rng.integers(0, 4, n)] + 0.7 * rng.standard_normal((n, d))
    X[: n // 6] = 10 * rng.standard_normal((n // 6, d))
    eps, min_samples = float(rng.choice([0.3, 0.5, 0.8, 1.2])), int(rng.integers(1, 7))
    if seed % 3 == 0:
        # a grid: duplicates, and border points reached by several clusters; eps off the grid,
        # because distances exactly AT eps round differently in sklearn's distance formula
        X = np.round(X, 1)
        eps += 0.05
    labels, is_core = DB.dbscan(X, eps=eps, min_samples=min_samples)
    theirs = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    np.testing.assert_array_equal(labels, theirs.labels_)
    np.testing.assert_array_equal(np.flatnonzero(is_core), theirs.core_sample_indices_)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("linkage", ["single", "complete", "average"])
def test_agglomerative_matches_scipy_and_sklearn(seed, linkage):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(3, 30)), int(rng.integers(1, 4))
    X = 3 * rng.standard_normal((n, d))
    k = int(rng.integers(1, n + 1))
    labels, heights = AGG.agglomerative(X, n_clusters=1, linkage=linkage)
    np.testing.assert_allclose(heights, hierarchy.linkage(X, method=linkage)[:, 2], rtol=1e-10)
    labels, _ = AGG.agglomerative(X, n_clusters=k, linkage=linkage)
    if k < n:
        theirs = AgglomerativeClustering(n_clusters=k, linkage=linkage).fit(X).labels_
        np.testing.assert_array_equal(labels, _first_appearance(theirs))


@pytest.mark.parametrize("seed", SEEDS)
def test_dbscan_matches_sklearn_where_borders_are_contested(seed):
    """Integer points on a small grid: border points within eps of core points of two clusters are common."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(30, 90))
    X = rng.integers(0, 12, (n, 2)).astype(float)
    eps, min_samples = 1.5, int(rng.integers(4, 8))
    labels, is_core = DB.dbscan(X, eps=eps, min_samples=min_samples)
    theirs = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    np.testing.assert_array_equal(labels, theirs.labels_)
    np.testing.assert_array_equal(np.flatnonzero(is_core), theirs.core_sample_indices_)


@pytest.mark.parametrize("seed", SEEDS)
def test_fisher_lda_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(8, 60)), int(rng.integers(1, 5))
    y = (rng.random(n) < rng.uniform(0.2, 0.8)).astype(int)
    y[:2] = [0, 1]
    X = rng.standard_normal((n, d)) @ rng.standard_normal((d, d)) + 1.5 * y[:, None] * rng.standard_normal(d)
    w, threshold = LDA.fisher_lda(X, y)
    theirs = LinearDiscriminantAnalysis(solver="lsqr").fit(X, y)
    coef = theirs.coef_[0]
    log_prior_ratio = np.log(theirs.priors_[1] / theirs.priors_[0])
    np.testing.assert_allclose(w, coef / np.linalg.norm(coef), atol=1e-9)
    np.testing.assert_allclose(threshold, (log_prior_ratio - theirs.intercept_[0]) / np.linalg.norm(coef),
                               rtol=1e-9, atol=1e-9)
    Z = 3 * rng.standard_normal((50, d))
    equal_priors = (theirs.decision_function(Z) - log_prior_ratio > 0).astype(int)
    np.testing.assert_array_equal(LDA.lda_predict(Z, w, threshold), equal_priors)


@pytest.mark.parametrize("seed", SEEDS)
def test_gb_stumps_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(10, 60)), int(rng.integers(1, 4))
    X = rng.uniform(-3, 3, (n, d))
    y = np.sin(X[:, 0]) + X[:, -1] ** 2 + 0.3 * rng.standard_normal(n)
    m, rate = int(rng.integers(1, 25)), float(rng.uniform(0.05, 1.0))
    init, stumps = GB.fit_gb_stumps(X, y, n_estimators=m, learning_rate=rate)
    theirs = GradientBoostingRegressor(max_depth=1, n_estimators=m, learning_rate=rate, random_state=0).fit(X, y)
    F = np.full(n, init)
    for (feature, threshold, left, right), tree in zip(stumps, theirs.estimators_[:, 0]):
        their_feature, their_threshold = int(tree.tree_.feature[0]), float(tree.tree_.threshold[0])
        if feature != their_feature or not np.isclose(threshold, their_threshold, rtol=1e-6, atol=1e-6):
            # sklearn visits features in a random order: only an (almost) exact tie may go elsewhere;
            # after that the two models differ, so the comparison ends here
            r = y - F
            costs = [sum(((r[side] - r[side].mean()) ** 2).sum() for side in (X[:, j] <= t, X[:, j] > t))
                     for j, t in ((feature, threshold), (their_feature, their_threshold))]
            np.testing.assert_allclose(costs[0], costs[1], rtol=1e-9)
            return
        F += rate * np.where(X[:, feature] <= threshold, left, right)
    # sklearn's trees work in float32 (thresholds agree to that precision, tested above)
    Z = rng.uniform(-3, 3, (40, d))
    np.testing.assert_allclose(GB.predict_gb(Z, init, stumps, learning_rate=rate), theirs.predict(Z),
                               rtol=1e-9, atol=1e-9)


class _OurStump(ClassifierMixin, BaseEstimator):
    """Our reference's weighted-error stump, as a scikit-learn weak learner."""

    def fit(self, X, y, sample_weight=None):
        self.classes_ = np.array([-1, 1])
        w = np.full(len(y), 1.0 / len(y)) if sample_weight is None else sample_weight / sample_weight.sum()
        _, self.feature_, self.threshold_, self.polarity_ = ADA._best_stump(np.asarray(X, dtype=float), y, w)
        return self

    def predict(self, X):
        return np.where(np.asarray(X)[:, self.feature_] <= self.threshold_, self.polarity_, -self.polarity_)


@pytest.mark.parametrize("seed", SEEDS)
def test_adaboost_matches_sklearn_samme(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(10, 50)), int(rng.integers(1, 4))
    X = rng.uniform(-3, 3, (n, d))
    y = np.where(np.sin(2 * X[:, 0]) + 0.5 * X[:, -1] + 0.4 * rng.standard_normal(n) > 0, 1, -1)
    y[:2] = [1, -1]
    m = int(rng.integers(1, 20))
    stumps = ADA.fit_adaboost(X, y, n_estimators=m)
    # scikit-learn < 1.6 defaults to SAMME.R (probabilities); later versions only have SAMME
    samme = {"algorithm": "SAMME"} if "algorithm" in AdaBoostClassifier().get_params() else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        theirs = AdaBoostClassifier(estimator=_OurStump(), n_estimators=m, learning_rate=1.0, **samme).fit(X, y)
    kept = [weight for weight in theirs.estimator_weights_ if weight > 0]
    np.testing.assert_allclose([alpha for *_, alpha in stumps], kept, rtol=1e-9)
    for (feature, threshold, polarity, _), estimator in zip(stumps, theirs.estimators_):
        assert (feature, threshold, polarity) == (estimator.feature_, estimator.threshold_, estimator.polarity_)
    Z = rng.uniform(-3, 3, (60, d))
    scores = sum(alpha * np.where(Z[:, j] <= t, p, -p) for j, t, p, alpha in stumps)
    clear = np.abs(scores) > 1e-9                     # sklearn breaks an exact 0 score its own way
    np.testing.assert_array_equal(ADA.predict_adaboost(Z, stumps)[clear], theirs.predict(Z)[clear])


@pytest.mark.parametrize("seed", SEEDS)
def test_random_forest_tree_matches_sklearn_tree(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(10, 50)), 1
    X = rng.uniform(-2, 2, (n, d))
    y = np.digitize(X[:, 0] + 0.6 * rng.standard_normal(n), [-0.7, 0.7]) * 3   # labels 0, 3, 6
    depth = int(rng.integers(0, 5))
    Z = rng.uniform(-2, 2, (50, d))
    _, votes = RF.random_forest(X, y, Z, n_trees=1, max_depth=depth, max_features=d, seed=seed)
    rows = np.random.default_rng(seed).integers(0, n, size=n)
    theirs = DecisionTreeClassifier(max_depth=depth if depth > 0 else None, random_state=0).fit(X[rows], y[rows])
    if depth == 0:
        values, counts = np.unique(y[rows], return_counts=True)
        np.testing.assert_array_equal(votes[0], np.full(50, values[np.argmax(counts)]))
    else:
        np.testing.assert_array_equal(votes[0], theirs.predict(Z))
