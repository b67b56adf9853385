"""Outside oracles for the numerics track: our references against scipy, scikit-learn and numpy.

Each test loads OUR reference solution and compares it with the library on 20+ random inputs,
with the documented convention differences applied (they are named where they occur).
"""
import importlib.util
import warnings

import numpy as np
import pytest

from grader import ROOT

scipy_special = pytest.importorskip("scipy.special")
sklearn_metrics = pytest.importorskip("sklearn.metrics")
from sklearn.metrics.pairwise import cosine_similarity  # noqa: E402


def _load(name):
    path = ROOT / "solutions" / "numerics" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_numerics_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def rng():
    return np.random.default_rng(20261126)


def _random_shape(rng, max_ndim=3):
    ndim = int(rng.integers(1, max_ndim + 1))
    return tuple(int(s) for s in rng.integers(1, 6, size=ndim))


# ── softmax ─────────────────────────────────────────────────────────────────────────────
def test_softmax_matches_scipy(rng):
    ours = _load("softmax")
    for _ in range(30):
        shape = _random_shape(rng)
        x = rng.normal(0.0, 10.0 ** rng.uniform(0, 4), size=shape)
        axis = int(rng.integers(-len(shape), len(shape)))
        np.testing.assert_allclose(ours.softmax(x, axis=axis), scipy_special.softmax(x, axis=axis), rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(ours.log_softmax(x, axis=axis), scipy_special.log_softmax(x, axis=axis), rtol=1e-10)


def test_softmax_special_values_match_scipy():
    ours = _load("softmax")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        for x in (np.array([0.0, -np.inf, np.log(3.0)]), np.array([[-np.inf, -np.inf], [0.0, 0.0]]),
                  np.array([[3.0], [-1e4]]), np.zeros((0, 3))):
            np.testing.assert_allclose(ours.softmax(x), scipy_special.softmax(x, axis=-1))
            np.testing.assert_allclose(ours.log_softmax(x), scipy_special.log_softmax(x, axis=-1))


def test_softmax_empty_axis_is_our_documented_difference():
    """scipy raises on a zero-length softmax axis; we return an empty array (as torch does)."""
    ours = _load("softmax")
    with pytest.raises(ValueError):
        scipy_special.softmax(np.zeros((3, 0)), axis=-1)
    assert ours.softmax(np.zeros((3, 0))).shape == (3, 0)


# ── logsumexp ───────────────────────────────────────────────────────────────────────────
def test_logsumexp_matches_scipy(rng):
    ours = _load("logsumexp")
    for _ in range(40):
        shape = _random_shape(rng)
        x = rng.normal(0.0, 10.0 ** rng.uniform(0, 4), size=shape)
        choice = int(rng.integers(0, 3))
        axis = None if choice == 0 else int(rng.integers(-len(shape), len(shape))) if choice == 1 \
            else tuple(sorted(set(int(a) for a in rng.integers(0, len(shape), size=2))))
        keepdims = bool(rng.integers(0, 2))
        got, want = ours.logsumexp(x, axis=axis, keepdims=keepdims), scipy_special.logsumexp(x, axis=axis, keepdims=keepdims)
        assert np.shape(got) == np.shape(want)
        assert isinstance(got, float) == (np.ndim(want) == 0)
        np.testing.assert_allclose(got, want, rtol=1e-12)


@pytest.mark.parametrize("x, axis", [
    (np.array([-np.inf, -np.inf]), None), (np.array([np.inf, 1.0]), None), (np.array([np.inf, -np.inf]), None),
    (np.array([np.nan, 1.0]), None), (np.array([np.inf, np.nan]), None), (np.array([]), None),
    (np.zeros((3, 0)), 1), (np.zeros((0, 3)), 0), (np.array([[-np.inf, -np.inf], [0.0, 0.0]]), 1),
])
def test_logsumexp_special_values_match_scipy(x, axis):
    ours = _load("logsumexp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = scipy_special.logsumexp(x, axis=axis)
    np.testing.assert_array_equal(ours.logsumexp(x, axis=axis), want)


# ── stable_sigmoid ──────────────────────────────────────────────────────────────────────
def test_sigmoid_matches_expit(rng):
    ours = _load("stable_sigmoid")
    for _ in range(20):
        x = rng.normal(0.0, 10.0 ** rng.uniform(0, 3), size=_random_shape(rng))
        # atol 1e-305: below it scipy flushes subnormal results to 0.0 (the statement allows either)
        np.testing.assert_allclose(ours.sigmoid(x), scipy_special.expit(x), rtol=1e-14, atol=1e-305)
    for value in [0.0, -40.0, -700.0, 700.0, -1000.0, 1000.0, np.inf, -np.inf, 3, -3]:
        assert isinstance(ours.sigmoid(value), float)
        np.testing.assert_allclose(ours.sigmoid(value), scipy_special.expit(value), rtol=1e-14, atol=0)
    assert np.isnan(ours.sigmoid(float("nan")))


def test_sigmoid_zero_dimensional_array_is_our_documented_difference():
    """scipy's expit returns a numpy scalar for a 0-d array; we return a 0-d array (same value)."""
    ours = _load("stable_sigmoid")
    got = ours.sigmoid(np.array(1.5))
    assert isinstance(got, np.ndarray) and got.shape == () and got == scipy_special.expit(np.array(1.5))


# ── bce_with_logits ─────────────────────────────────────────────────────────────────────
def test_bce_matches_scipy_log_expit(rng):
    ours = _load("bce_with_logits")
    for _ in range(25):
        n = int(rng.integers(1, 50))
        z = rng.normal(0.0, 10.0 ** rng.uniform(0, 3), size=n)
        y = rng.uniform(0, 1, size=n) if rng.integers(0, 2) else rng.integers(0, 2, size=n).astype(float)
        want = -np.mean(y * scipy_special.log_expit(z) + (1 - y) * scipy_special.log_expit(-z))
        np.testing.assert_allclose(ours.bce_with_logits(z, y), want, rtol=1e-10, atol=0)


def test_bce_matches_sklearn_log_loss_for_moderate_logits(rng):
    """sklearn's log_loss takes probabilities (and clips them at float eps), so keep |z| < 15."""
    ours = _load("bce_with_logits")
    for _ in range(20):
        n = int(rng.integers(2, 50))
        z = np.clip(rng.normal(0.0, 4.0, size=n), -15, 15)
        y = rng.integers(0, 2, size=n)
        want = sklearn_metrics.log_loss(y, scipy_special.expit(z), labels=[0, 1])
        np.testing.assert_allclose(ours.bce_with_logits(z, y), want, rtol=1e-9)


def test_bce_empty_batch_is_our_documented_difference():
    """torch returns nan for an empty batch; we raise ValueError."""
    ours = _load("bce_with_logits")
    with pytest.raises(ValueError):
        ours.bce_with_logits(np.zeros(0), np.zeros(0))


# ── cross_entropy_logits ────────────────────────────────────────────────────────────────
def test_cross_entropy_matches_scipy_logsumexp(rng):
    ours = _load("cross_entropy_logits")
    for _ in range(25):
        n, k = int(rng.integers(1, 30)), int(rng.integers(1, 10))
        z = rng.normal(0.0, 10.0 ** rng.uniform(0, 3), size=(n, k))
        labels = rng.integers(0, k, size=n)
        want = np.mean(scipy_special.logsumexp(z, axis=1) - z[np.arange(n), labels])
        np.testing.assert_allclose(ours.cross_entropy(z, labels), want, rtol=1e-10, atol=1e-300)


def test_cross_entropy_matches_sklearn_log_loss(rng):
    ours = _load("cross_entropy_logits")
    for _ in range(20):
        n, k = int(rng.integers(2, 30)), int(rng.integers(2, 8))
        z = rng.normal(0.0, 3.0, size=(n, k))
        labels = rng.integers(0, k, size=n)
        want = sklearn_metrics.log_loss(labels, scipy_special.softmax(z, axis=1), labels=list(range(k)))
        np.testing.assert_allclose(ours.cross_entropy(z, labels), want, rtol=1e-9)


def test_cross_entropy_ignore_index_is_our_documented_difference():
    """torch ignores label -100 by default; we have no ignore_index and raise ValueError."""
    ours = _load("cross_entropy_logits")
    with pytest.raises(ValueError):
        ours.cross_entropy(np.zeros((2, 3)), np.array([-100, 1]))


# ── welford ─────────────────────────────────────────────────────────────────────────────
def test_welford_matches_numpy_var(rng):
    ours = _load("welford")
    for _ in range(25):
        x = rng.normal(0.0, 1.0, size=int(rng.integers(2, 200))) * 10.0 ** rng.uniform(-3, 3) \
            + 10.0 ** rng.uniform(0, 8)
        state = ours.welford(x)
        assert state[0] == len(x)
        np.testing.assert_allclose(state[1], np.mean(x), rtol=1e-12)
        for ddof in (0, 1):
            np.testing.assert_allclose(ours.variance(state, ddof=ddof), np.var(x, ddof=ddof), rtol=1e-6)


def test_welford_merge_matches_numpy_var(rng):
    ours = _load("welford")
    for _ in range(25):
        x = rng.normal(5.0, 3.0, size=int(rng.integers(2, 100)))
        cut = int(rng.integers(0, len(x) + 1))
        merged = ours.merge(ours.welford(x[:cut]), ours.welford(x[cut:]))
        assert merged[0] == len(x)
        np.testing.assert_allclose(merged[1], np.mean(x), rtol=1e-12)
        np.testing.assert_allclose(ours.variance(merged), np.var(x), rtol=1e-10)
        np.testing.assert_allclose(ours.variance(merged, ddof=1), np.var(x, ddof=1), rtol=1e-10)


def test_welford_variance_of_too_few_values_is_our_documented_difference():
    """np.var(ddof=1) of one value is nan with a warning; we raise ValueError."""
    ours = _load("welford")
    with pytest.raises(ValueError):
        ours.variance(ours.welford([3.0]), ddof=1)


# ── power_iteration ─────────────────────────────────────────────────────────────────────
def test_power_iteration_matches_eigh(rng):
    ours = _load("power_iteration")
    for _ in range(25):
        d = int(rng.integers(1, 8))
        q, _ = np.linalg.qr(rng.standard_normal((d, d)))
        eigenvalues = rng.uniform(-1.0, 1.0, size=d)
        eigenvalues[0] = float(rng.choice([-1.0, 1.0])) * float(rng.uniform(2.0, 5.0))
        A = (q * eigenvalues) @ q.T
        A = (A + A.T) / 2
        value, vector, n_iter = ours.power_iteration(A)
        w, V = np.linalg.eigh(A)
        top = int(np.argmax(np.abs(w)))
        expected = V[:, top] * np.sign(V[np.argmax(np.abs(V[:, top])), top])   # our sign convention
        assert n_iter < 1000
        np.testing.assert_allclose(value, w[top], rtol=1e-9)
        np.testing.assert_allclose(vector, expected, atol=1e-8)


# ── cosine_top_k ────────────────────────────────────────────────────────────────────────
def test_cosine_top_k_matches_sklearn(rng):
    ours = _load("cosine_top_k")
    for _ in range(25):
        n, d = int(rng.integers(1, 50)), int(rng.integers(1, 20))
        corpus = rng.standard_normal((n, d))
        corpus[rng.random(n) < 0.1] = 0.0           # some zero rows: sklearn scores them 0 too
        query = rng.standard_normal(d)
        k = int(rng.integers(0, n + 3))
        scores = cosine_similarity(query[None, :], corpus)[0]
        order = np.argsort(-scores, kind="stable")[:k]
        indices, got = ours.cosine_top_k(query, corpus, k)
        np.testing.assert_allclose(got, scores[order], rtol=1e-12, atol=1e-15)
        # Rounding may differ between the two formulas, so compare the ranking by score,
        # and the indices wherever neighbouring scores are clearly apart.
        clear = np.ones(len(order), dtype=bool)
        if len(order) > 1:
            close = np.isclose(scores[order][1:], scores[order][:-1], rtol=1e-12, atol=1e-15)
            clear[1:] &= ~close
            clear[:-1] &= ~close
        np.testing.assert_array_equal(indices[clear], order[clear])
    indices, got = ours.cosine_top_k(np.zeros(3), rng.standard_normal((4, 3)), 4)
    np.testing.assert_array_equal(got, cosine_similarity(np.zeros((1, 3)), rng.standard_normal((4, 3)))[0])


# ── compensated_sum ─────────────────────────────────────────────────────────────────────
def test_compensated_sum_matches_fsum(rng):
    """math.fsum is exactly rounded; Neumaier's sum is within a few ulps of it (often equal)."""
    import math
    ours = _load("compensated_sum")
    for _ in range(30):
        n = int(rng.integers(1, 300))
        x = rng.standard_normal(n) * 10.0 ** rng.integers(-10, 11, size=n)
        exact = math.fsum(x.tolist())
        assert abs(ours.compensated_sum(x) - exact) <= 1e-15 * abs(exact) + 1e-300
    for values in ([0.1, 0.2, 0.3], [1e16, 1.0, -1e16], [1.0, 1e100, 1.0, -1e100], [1e16] + [1.0] * 10, [0.1] * 10, []):
        assert ours.compensated_sum(values) == math.fsum(values)
