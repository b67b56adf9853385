"""Outside oracles for the metrics track: our references against scikit-learn on random inputs.

Each test loads a reference solution from solutions/metrics/ and compares it with the
scikit-learn function that computes the same metric, with the convention differences stated in
the kata applied (e.g. labels=range(k) for log_loss, n ≥ 2 for ndcg_score).
"""
import importlib.util
import warnings
from pathlib import Path

import numpy as np
import pytest

sklearn_metrics = pytest.importorskip("sklearn.metrics")
calibration = pytest.importorskip("sklearn.calibration")

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "metrics"
CASES = 30


def _load(name):
    spec = importlib.util.spec_from_file_location(f"oracle_metrics_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn's UndefinedMetricWarning and friends
        yield


def _labels_with_scores(rng, n, ties):
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    score = rng.standard_normal(n) + y
    if ties:
        score = np.round(score, 0)
    return y, score


def test_confusion_matrix_matches_sklearn():
    ours = _load("confusion_matrix")
    rng = np.random.default_rng(1)
    for _ in range(CASES):
        n = int(rng.integers(1, 80))
        y_true, y_pred = rng.integers(0, 6, n), rng.integers(0, 6, n)
        labels = [int(v) for v in rng.permutation(6)[: int(rng.integers(1, 7))]]
        if not np.isin(y_true, labels).any():
            continue  # scikit-learn raises here; we return zeros (stated)
        expected = sklearn_metrics.confusion_matrix(y_true, y_pred, labels=labels)
        got = ours(y_true, y_pred, labels)
        assert got.dtype == np.int64 and np.array_equal(got, expected)


@pytest.mark.parametrize("average", ["micro", "macro", "weighted", None])
def test_precision_recall_f1_matches_sklearn(average):
    ours = _load("precision_recall_f1")
    rng = np.random.default_rng(2)
    for _ in range(CASES):
        n, k = int(rng.integers(1, 50)), int(rng.integers(2, 7))
        y_true, y_pred = rng.integers(0, k, n), rng.integers(0, k, n)
        p, r, f, _ = sklearn_metrics.precision_recall_fscore_support(y_true, y_pred, average=average,
                                                                     zero_division=0.0)
        got = ours(y_true, y_pred, average=average)
        np.testing.assert_allclose(np.array(got, dtype=float), np.array([p, r, f], dtype=float), rtol=1e-12, atol=1e-12)


def test_precision_recall_f1_binary_entry_is_sklearn_binary():
    """average=None, entry [1] is scikit-learn's average="binary" (pos_label=1)."""
    ours = _load("precision_recall_f1")
    rng = np.random.default_rng(3)
    for _ in range(CASES):
        n = int(rng.integers(2, 40))
        y_true, y_pred = rng.integers(0, 2, n), rng.integers(0, 2, n)
        y_true[:2] = [0, 1]
        p, r, f, _ = sklearn_metrics.precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0.0)
        got = ours(y_true, y_pred, average=None)
        np.testing.assert_allclose([got[0][1], got[1][1], got[2][1]], [p, r, f], rtol=1e-12)


@pytest.mark.parametrize("ties", [False, True])
def test_roc_auc_matches_sklearn(ties):
    ours = _load("roc_auc")
    rng = np.random.default_rng(4)
    for _ in range(CASES):
        y, score = _labels_with_scores(rng, int(rng.integers(2, 300)), ties)
        assert ours(y, score) == pytest.approx(sklearn_metrics.roc_auc_score(y, score), rel=1e-12, abs=1e-12)


def test_roc_auc_single_class_raises_where_sklearn_gives_nan():
    """The stated difference: scikit-learn 1.9 returns nan (with a warning), we raise ValueError."""
    ours = _load("roc_auc")
    assert np.isnan(sklearn_metrics.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3]))
    with pytest.raises(ValueError):
        ours([1, 1, 1], [0.1, 0.2, 0.3])


@pytest.mark.parametrize("ties", [False, True])
def test_average_precision_matches_sklearn(ties):
    ours = _load("average_precision")
    rng = np.random.default_rng(5)
    for _ in range(CASES):
        y, score = _labels_with_scores(rng, int(rng.integers(2, 300)), ties)
        expected = sklearn_metrics.average_precision_score(y, score)
        assert ours(y, score) == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_average_precision_without_positives_is_zero_as_in_installed_sklearn():
    ours = _load("average_precision")
    y, score = np.zeros(5, dtype=int), np.array([0.1, 0.5, 0.5, 0.9, 0.2])
    assert sklearn_metrics.average_precision_score(y, score) == 0.0
    assert ours(y, score) == 0.0


def test_regression_metrics_match_sklearn():
    ours = _load("regression_metrics")
    rng = np.random.default_rng(6)
    for _ in range(CASES):
        n = int(rng.integers(2, 100))
        y = rng.normal(0, 3, n)
        pred = y + rng.normal(0, float(rng.uniform(0.1, 5)), n)
        expected = (sklearn_metrics.mean_squared_error(y, pred), sklearn_metrics.root_mean_squared_error(y, pred),
                    sklearn_metrics.mean_absolute_error(y, pred), sklearn_metrics.r2_score(y, pred))
        np.testing.assert_allclose(ours(y, pred), expected, rtol=1e-12, atol=1e-12)


def test_regression_constant_target_follows_force_finite():
    ours = _load("regression_metrics")
    for y, pred in [([2.0, 2.0, 2.0], [2.0, 2.0, 2.0]), ([2.0, 2.0, 2.0], [1.0, 2.0, 3.0]), ([4.0, 4.0], [5.0, 3.0])]:
        assert ours(y, pred)[3] == sklearn_metrics.r2_score(y, pred, force_finite=True)
    # the stated difference: scikit-learn tests its computed SS_tot, we test the entries
    assert sklearn_metrics.r2_score([0.1] * 3, [0.2] * 3) < -1e30
    assert ours([0.1] * 3, [0.2] * 3)[3] == 0.0


def test_ndcg_matches_sklearn():
    ours = _load("ranking_metrics")
    rng = np.random.default_rng(7)
    for case in range(CASES):
        q, n = int(rng.integers(1, 10)), int(rng.integers(2, 20))
        scores = rng.standard_normal((q, n))
        if case % 2:
            scores = np.round(scores, 0)  # many ties: scikit-learn averages over tied orders
        relevance = rng.integers(0, 4, (q, n)) * (rng.uniform(size=(q, n)) < 0.4)
        k = int(rng.integers(1, n + 3))
        expected = sklearn_metrics.ndcg_score(relevance, scores, k=k)
        assert ours(scores, relevance, k=k)[2] == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_hit_and_mrr_match_sklearn_with_one_relevant_item():
    """One relevant item per query, no ties: hit@k = top_k_accuracy_score, MRR = label ranking AP."""
    ours = _load("ranking_metrics")
    rng = np.random.default_rng(8)
    for _ in range(CASES):
        q, n = int(rng.integers(2, 30)), int(rng.integers(3, 10))
        scores = rng.standard_normal((q, n))
        target = rng.integers(0, n, q)
        target[:n] = np.arange(min(n, q))  # every class present, as top_k_accuracy_score wants
        relevance = np.eye(n, dtype=np.int64)[target]
        k = int(rng.integers(1, n))
        hit, mrr, _ = ours(scores, relevance, k=k)
        assert hit == pytest.approx(sklearn_metrics.top_k_accuracy_score(target, scores, k=k, labels=np.arange(n)))
        assert mrr == pytest.approx(sklearn_metrics.label_ranking_average_precision_score(relevance, scores))


def _ece_from_calibration_curve(outcome, confidence, n_bins):
    prob_true, prob_pred = calibration.calibration_curve(outcome, confidence, n_bins=n_bins, strategy="uniform",
                                                         pos_label=1)
    # calibration_curve drops empty bins; the weights are the sizes of the non-empty bins, in order,
    # counted with scikit-learn's own binning (searchsorted on the inner edges: (lo, hi], 0 in bin 0)
    counts = np.bincount(np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], confidence), minlength=n_bins)
    weights = counts[counts > 0] / len(confidence)
    return float(np.sum(weights * np.abs(prob_true - prob_pred)))


def test_ece_binary_matches_calibration_curve():
    ours = _load("expected_calibration_error")
    rng = np.random.default_rng(9)
    for case in range(CASES):
        n, n_bins = int(rng.integers(2, 300)), int(rng.integers(1, 16))
        p = rng.uniform(size=n) if case % 2 else rng.integers(0, 9, n) / 8  # the second: many edge values
        y = (rng.uniform(size=n) < p).astype(int)
        y[:2] = [0, 1]
        if case % 2 == 0:
            n_bins = int(rng.choice([1, 2, 4, 8]))
        assert ours(y, p, n_bins=n_bins) == pytest.approx(_ece_from_calibration_curve(y, p, n_bins), rel=1e-12, abs=1e-12)


def test_ece_top_label_matches_calibration_curve():
    ours = _load("expected_calibration_error")
    rng = np.random.default_rng(10)
    for _ in range(CASES):
        n, k, n_bins = int(rng.integers(2, 200)), int(rng.integers(2, 6)), int(rng.integers(1, 16))
        logits = 2 * rng.standard_normal((n, k))
        probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        y = np.where(rng.uniform(size=n) < 0.6, probs.argmax(axis=1), rng.integers(0, k, n))
        correct = (probs.argmax(axis=1) == y).astype(int)
        if correct.min() == correct.max():
            continue
        expected = _ece_from_calibration_curve(correct, probs.max(axis=1), n_bins)
        assert ours(y, probs, n_bins=n_bins) == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_log_loss_matches_sklearn():
    ours = _load("log_loss")
    rng = np.random.default_rng(11)
    for case in range(CASES):
        n, k = int(rng.integers(1, 100)), int(rng.integers(2, 6))
        logits = float(rng.uniform(1, 60)) * rng.standard_normal((n, k))
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        probs[0, 0] = 0.0  # a hard zero somewhere: clipping matters
        probs[0] /= probs[0].sum()
        y = rng.integers(0, k, n)
        expected = sklearn_metrics.log_loss(y, probs, labels=np.arange(k))
        assert ours(y, probs) == pytest.approx(expected, rel=1e-12)
        p1 = rng.uniform(size=n)
        p1[0] = float(case % 2)  # exactly 0 or 1
        y1 = rng.integers(0, 2, n)
        assert ours(y1, p1) == pytest.approx(sklearn_metrics.log_loss(y1, p1, labels=[0, 1]), rel=1e-12)


def test_log_loss_does_not_renormalise_like_sklearn():
    ours = _load("log_loss")
    y, probs = np.array([0, 1]), np.array([[0.2, 0.2], [0.1, 0.3]])
    assert ours(y, probs) == pytest.approx(sklearn_metrics.log_loss(y, probs), rel=1e-12)
