"""Outside oracles for classical_ml part B: our references against scikit-learn, conventions applied.

kmeans                scikit-learn's KMeans (Lloyd) from OUR k-means++ centres, tol = 0
pca                   scikit-learn's PCA(svd_solver="full"): components_, explained_variance_ratio_, transform
gaussian_naive_bayes  scikit-learn's GaussianNB: predict, predict_log_proba
best_split            a depth-1 DecisionTreeClassifier on one feature (gini and entropy)
decision_tree         DecisionTreeClassifier predictions and thresholds where every best split is clear
gmm_em_step           GaussianMixture(max_iter=1) from weights_init / means_init / precisions_init
"""
import importlib.util
import warnings
from pathlib import Path

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.mixture import GaussianMixture  # noqa: E402
from sklearn.naive_bayes import GaussianNB  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "classical_ml"
SEEDS = range(24)


def _load(name):
    spec = importlib.util.spec_from_file_location(f"oracle_classical_ml_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KMEANS = _load("kmeans")
PCA_REF = _load("pca")
GNB = _load("gaussian_naive_bayes")
SPLIT = _load("best_split")
TREE = _load("decision_tree")
GMM = _load("gmm_em_step")


def _blobs(rng, n, d, k):
    centres = 8 * rng.standard_normal((k, d))
    return centres[rng.integers(0, k, n)] + rng.standard_normal((n, d))


@pytest.mark.parametrize("seed", SEEDS)
def test_kmeans_lloyd_matches_sklearn_from_the_same_start(seed):
    """From our k-means++ centres with tol = 0, sklearn's Lloyd reaches the same centres, labels and n_iter."""
    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(20, 80)), int(rng.integers(1, 4)), int(rng.integers(2, 6))
    X = _blobs(rng, n, d, k)
    start, _, _ = KMEANS.kmeans(X, k, seed=seed, max_iter=0)
    centres, labels, n_iter = KMEANS.kmeans(X, k, init=start, tol=0.0, max_iter=300)
    # Our empty-cluster rule (keep the centre) differs from sklearn's (relocate); these blobs
    # never empty a cluster, which this asserts.
    assert np.all(np.bincount(labels, minlength=k) > 0)
    theirs = KMeans(n_clusters=k, init=start, n_init=1, algorithm="lloyd", tol=0.0, max_iter=300).fit(X)
    np.testing.assert_allclose(centres, theirs.cluster_centers_, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(labels, theirs.labels_)
    # sklearn stops when an iteration's labels equal the previous iteration's; that same iteration
    # moves no centre, so ours (shift ≤ tol = 0) stops there too.
    assert n_iter == theirs.n_iter_


def test_kmeans_plus_plus_is_distributed_like_d_squared():
    """The second k-means++ centre: over 4000 seeds its frequencies match D² / ΣD² (chi-square, p = 1e-6)."""
    X = np.array([[0.0], [1.0], [3.0], [6.0]])
    counts = np.zeros(4)
    first_is_zero = 0
    for s in range(4000):
        centres, _, _ = KMEANS.kmeans(X, 2, seed=s, max_iter=0)
        if centres[0, 0] == 0.0:
            first_is_zero += 1
            counts[int(np.flatnonzero(X[:, 0] == centres[1, 0])[0])] += 1
    d2 = np.array([0.0, 1.0, 9.0, 36.0])
    expected = first_is_zero * d2 / d2.sum()
    chi2 = np.sum((counts[1:] - expected[1:]) ** 2 / expected[1:])
    assert counts[0] == 0
    assert chi2 < 27.6   # chi-square with 2 degrees of freedom: P(> 27.6) = 1e-6


@pytest.mark.parametrize("seed", SEEDS)
def test_pca_matches_sklearn(seed):
    """Components (with svd_flip signs), explained variance ratios and projections agree with PCA(svd_solver='full')."""
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(5, 60)), int(rng.integers(1, 7))
    scales = 2.0 ** -np.arange(d) * rng.uniform(0.8, 1.2, d)
    X = rng.standard_normal((n, d)) * scales @ np.linalg.qr(rng.standard_normal((d, d)))[0] + rng.standard_normal(d)
    rank = min(n - 1, d)
    k = int(rng.integers(1, rank + 1))
    components, ratio, projected = PCA_REF.pca(X, k)
    theirs = PCA(n_components=k, svd_solver="full").fit(X)
    np.testing.assert_allclose(components, theirs.components_, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(ratio, theirs.explained_variance_ratio_, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(projected, theirs.transform(X), rtol=1e-7, atol=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_gaussian_naive_bayes_matches_sklearn(seed):
    """Predictions and predict_log_proba agree with GaussianNB(var_smoothing) on random data."""
    rng = np.random.default_rng(seed)
    n, d, K = int(rng.integers(8, 60)), int(rng.integers(1, 5)), int(rng.integers(1, 5))
    y = np.concatenate([np.arange(K), rng.integers(0, K, n - K)]) * 3 - 2
    X = rng.standard_normal((n, d)) * rng.uniform(0.3, 3, d) + y[:, None] * 0.5
    if seed % 4 == 0:
        X[:, 0] = np.round(X[:, 0])       # repeated values: some class-constant columns
    X_test = 3 * rng.standard_normal((10, d))
    var_smoothing = [1e-9, 1e-3, 0.2][seed % 3]
    predictions, log_proba = GNB.gaussian_naive_bayes(X, y, X_test, var_smoothing=var_smoothing)
    theirs = GaussianNB(var_smoothing=var_smoothing).fit(X, y)
    np.testing.assert_array_equal(predictions, theirs.predict(X_test))
    np.testing.assert_allclose(log_proba, theirs.predict_log_proba(X_test), rtol=1e-7, atol=1e-8)


def _float32_exact(rng, n, low, high):
    """Values on a 1/8 grid: exactly representable in float32, which sklearn's trees convert X to."""
    return rng.integers(low * 8, high * 8, n) / 8.0


def _split_scores(x, y, criterion):
    values = np.unique(x)
    scores = []
    for a, b in zip(values[:-1], values[1:]):
        left = x <= (a + b) / 2
        def impurity(part):
            p = np.unique(part, return_counts=True)[1] / len(part)
            return 1 - np.sum(p ** 2) if criterion == "gini" else -np.sum(p * np.log2(p))
        scores.append(impurity(y) - left.mean() * impurity(y[left]) - (~left).mean() * impurity(y[~left]))
    return np.sort(scores)


@pytest.mark.parametrize("seed", SEEDS)
def test_best_split_matches_a_sklearn_stump(seed):
    """Threshold and impurity decrease agree with a depth-1 DecisionTreeClassifier on one feature."""
    rng = np.random.default_rng(seed)
    criterion = ("gini", "entropy")[seed % 2]
    while True:
        n = int(rng.integers(5, 60))
        x = _float32_exact(rng, n, -4, 4)
        y = (x + rng.standard_normal(n) > 0).astype(int) + (rng.random(n) < 0.2)
        scores = _split_scores(x, y, criterion)
        if len(np.unique(y)) > 1 and len(scores) > 1 and scores[-1] - scores[-2] > 1e-9:
            break
    threshold, decrease = SPLIT.best_split(x, y, criterion=criterion)
    tree = DecisionTreeClassifier(max_depth=1, criterion=criterion, random_state=0).fit(x[:, None], y).tree_
    assert threshold == pytest.approx(tree.threshold[0], abs=1e-12)
    counts = tree.n_node_samples
    theirs = tree.impurity[0] - (counts[1] * tree.impurity[1] + counts[2] * tree.impurity[2]) / counts[0]
    assert decrease == pytest.approx(theirs, rel=1e-9, abs=1e-12)


def _clear_splits(node, X, y):
    """Every split of our tree beats every other candidate by more than 1e-9 (so sklearn's feature order cannot matter)."""
    if "label" in node:
        return True
    scores = []
    for j in range(X.shape[1]):
        scores.extend(_split_scores(X[:, j], y, "gini"))
    scores.sort()
    if len(scores) > 1 and scores[-1] - scores[-2] <= 1e-9:
        return False
    left = X[:, node["feature"]] <= node["threshold"]
    return _clear_splits(node["left"], X[left], y[left]) and _clear_splits(node["right"], X[~left], y[~left])


def _walk(node, sk_tree, i=0):
    """Our dict and sklearn's arrays describe the same tree (features and thresholds)."""
    if "label" in node:
        return sk_tree.children_left[i] == -1
    return (sk_tree.feature[i] == node["feature"] and abs(sk_tree.threshold[i] - node["threshold"]) < 1e-9
            and _walk(node["left"], sk_tree, sk_tree.children_left[i])
            and _walk(node["right"], sk_tree, sk_tree.children_right[i]))


@pytest.mark.parametrize("seed", SEEDS)
def test_decision_tree_matches_sklearn(seed):
    """Where every split is clear, the same tree as DecisionTreeClassifier, and the same predictions."""
    rng = np.random.default_rng(seed)
    max_depth = [None, 1, 2, 3][seed % 4]
    min_samples_split = [2, 3, 6][seed % 3]
    while True:
        n, d = int(rng.integers(10, 50)), int(rng.integers(1, 4))
        X = np.column_stack([_float32_exact(rng, n, -3, 3) for _ in range(d)])
        y = (X @ rng.standard_normal(d) + 0.7 * rng.standard_normal(n) > 0).astype(int) * (1 + (X[:, 0] > 1))
        tree = TREE.fit_tree(X, y, max_depth=max_depth, min_samples_split=min_samples_split)
        if _clear_splits(tree, X, y):
            break
    theirs = DecisionTreeClassifier(max_depth=max_depth, min_samples_split=min_samples_split,
                                    random_state=seed).fit(X, y)
    assert _walk(tree, theirs.tree_)
    X_new = np.column_stack([_float32_exact(rng, 40, -4, 4) + 1 / 16 for _ in range(d)])
    np.testing.assert_array_equal(TREE.predict_tree(tree, X_new), theirs.predict(X_new))
    np.testing.assert_array_equal(TREE.predict_tree(tree, X), theirs.predict(X))


@pytest.mark.parametrize("seed", SEEDS)
def test_gmm_em_step_matches_sklearn_one_iteration(seed):
    """New weights, means, covariances and lower_bound_ agree with GaussianMixture(max_iter=1) from our parameters."""
    rng = np.random.default_rng(seed)
    n, d, K = int(rng.integers(10, 60)), int(rng.integers(1, 4)), int(rng.integers(1, 4))
    X = _blobs(rng, n, d, K)
    weights = rng.dirichlet(2 * np.ones(K))
    means = X[rng.choice(n, K, replace=False)] + 0.1 * rng.standard_normal((K, d))
    A = rng.standard_normal((K, d, d))
    covariances = A @ A.transpose(0, 2, 1) / d + 0.5 * np.eye(d)
    reg_covar = [1e-6, 1e-3, 0.0][seed % 3]
    new_weights, new_means, new_covariances, log_likelihood = GMM.gmm_em_step(
        X, weights, means, covariances, reg_covar=reg_covar)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        theirs = GaussianMixture(n_components=K, covariance_type="full", max_iter=1, n_init=1, tol=0.0,
                                 reg_covar=reg_covar, weights_init=weights, means_init=means,
                                 precisions_init=np.linalg.inv(covariances), random_state=0).fit(X)
    np.testing.assert_allclose(new_weights, theirs.weights_, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(new_means, theirs.means_, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(new_covariances, theirs.covariances_, rtol=1e-8, atol=1e-10)
    assert log_likelihood == pytest.approx(theirs.lower_bound_, rel=1e-10)
