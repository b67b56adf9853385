"""Outside oracles for the losses track: our references against scipy where scipy has the pieces."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

special = pytest.importorskip("scipy.special")

ROOT = Path(__file__).resolve().parents[2]


def _load(name):
    spec = importlib.util.spec_from_file_location(f"losses_ref_{name}", ROOT / "solutions" / "losses" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_focal_loss_from_scipy_log_expit():
    """The focal loss written with scipy.special.log_expit and expit, as the RetinaNet paper's formula."""
    ref = _load("focal_loss")
    rng = np.random.default_rng(0)
    for _ in range(40):
        n = int(rng.integers(1, 30))
        x = rng.normal(0.0, float(rng.choice([1.0, 10.0, 300.0])), size=n)
        t = rng.random(n) if rng.random() < 0.5 else (rng.random(n) < 0.4).astype(float)
        alpha = float(rng.choice([-1.0, 0.25, rng.uniform(0, 1)]))
        gamma = float(rng.uniform(0.0, 4.0))
        ce = -(t * special.log_expit(x) + (1 - t) * special.log_expit(-x))
        p = special.expit(x)
        pt = p * t + (1 - p) * (1 - t)
        want = ce * (1 - pt) ** gamma
        if alpha >= 0:
            want = want * (alpha * t + (1 - alpha) * (1 - t))
        np.testing.assert_allclose(ref.sigmoid_focal_loss(x, t, alpha, gamma), want, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(ref.sigmoid_focal_loss(x, t, alpha, gamma, "mean"), want.mean(), rtol=1e-9, atol=1e-12)


def test_label_smoothing_ce_from_scipy_log_softmax():
    """(1 − ε)·NLL + ε·mean(−log p) with scipy.special.log_softmax, and the mean over the rows that count."""
    ref = _load("label_smoothing_ce")
    rng = np.random.default_rng(1)
    for _ in range(40):
        n, k = int(rng.integers(1, 20)), int(rng.integers(1, 9))
        z = rng.normal(0.0, float(rng.choice([1.0, 50.0, 1000.0])), size=(n, k))
        y = rng.integers(0, k, size=n)
        y[rng.random(n) < 0.2] = -100
        eps = float(rng.uniform(0, 1))
        lp = special.log_softmax(z, axis=1)
        keep = y != -100
        rows = np.flatnonzero(keep)
        per_row = np.zeros(n)
        per_row[rows] = (1 - eps) * -lp[rows, y[rows]] + eps * -lp[rows].mean(axis=1)
        np.testing.assert_allclose(ref.label_smoothing_ce(z, y, eps, -100, "none"), per_row, rtol=1e-9, atol=1e-9)
        if keep.any():
            np.testing.assert_allclose(ref.label_smoothing_ce(z, y, eps, -100), per_row.sum() / keep.sum(), rtol=1e-9)


def test_huber_is_scipy_huber_and_smooth_l1_is_it_over_beta():
    """scipy.special.huber(δ, d) is PyTorch's HuberLoss(δ) element by element; smooth L1(β) = huber(β, d) / β."""
    ref = _load("huber_smooth_l1")
    rng = np.random.default_rng(2)
    for _ in range(40):
        x = rng.normal(0.0, float(rng.choice([0.3, 3.0, 1e4])), size=int(rng.integers(1, 40)))
        y = rng.normal(0.0, 1.0, size=x.shape)
        p = float(rng.uniform(0.01, 5.0))
        np.testing.assert_allclose(ref.huber_loss(x, y, p, "none"), special.huber(p, x - y), rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(ref.smooth_l1_loss(x, y, p, "none"), special.huber(p, x - y) / p, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(ref.smooth_l1_loss(x, y, 0.0, "mean"), np.mean(np.abs(x - y)), rtol=1e-12)


def test_distillation_soft_term_is_scipy_rel_entr():
    """alpha = 1: T² · Σ scipy.special.rel_entr(p_T, p_S) / N; alpha = 0: the mean of −log_softmax at the target."""
    ref = _load("distillation_loss")
    rng = np.random.default_rng(3)
    for _ in range(40):
        n, k = int(rng.integers(1, 10)), int(rng.integers(1, 8))
        s, t = rng.normal(0, 3, size=(n, k)), rng.normal(0, 3, size=(n, k))
        y = rng.integers(0, k, size=n)
        T = float(rng.uniform(0.5, 6.0))
        p_t, p_s = special.softmax(t / T, axis=1), special.softmax(s / T, axis=1)
        np.testing.assert_allclose(ref.distillation_loss(s, t, y, T, 1.0),
                                   T * T * special.rel_entr(p_t, p_s).sum() / n, rtol=1e-8, atol=1e-12)
        hard = -special.log_softmax(s, axis=1)[np.arange(n), y].mean()
        np.testing.assert_allclose(ref.distillation_loss(s, t, y, T, 0.0), hard, rtol=1e-10)


def test_clip_loss_from_scipy_log_softmax():
    """Cosine logits / τ, −mean of the diagonal of scipy.special.log_softmax along each axis, averaged."""
    ref = _load("clip_contrastive_loss")
    rng = np.random.default_rng(4)
    for _ in range(30):
        n, d = int(rng.integers(1, 12)), int(rng.integers(1, 8))
        a, b = rng.normal(size=(n, d)), rng.normal(size=(n, d))
        tau = float(rng.choice([0.01, 0.07, 1.0]))
        u = a / np.linalg.norm(a, axis=1, keepdims=True)
        v = b / np.linalg.norm(b, axis=1, keepdims=True)
        L = u @ v.T / tau
        want = -(np.diag(special.log_softmax(L, axis=1)).mean() + np.diag(special.log_softmax(L, axis=0)).mean()) / 2
        np.testing.assert_allclose(ref.clip_loss(a, b, tau), want, rtol=1e-9, atol=1e-12)


def test_triplet_distances_from_scipy_cdist():
    """Batch-hard mining on scipy.spatial.distance.cdist (euclidean / sqeuclidean), anchors without pairs skipped."""
    distance = pytest.importorskip("scipy.spatial.distance")
    ref = _load("triplet_batch_hard")
    rng = np.random.default_rng(5)
    for _ in range(40):
        n, d = int(rng.integers(0, 20)), int(rng.integers(1, 6))
        x, y = rng.normal(size=(n, d)), rng.integers(0, 4, size=n)
        margin, squared = float(rng.uniform(0, 1)), bool(rng.integers(0, 2))
        D = distance.cdist(x, x, "sqeuclidean" if squared else "euclidean") if n else np.zeros((0, 0))
        terms = []
        for i in range(n):
            pos = [D[i, j] for j in range(n) if j != i and y[j] == y[i]]
            neg = [D[i, k] for k in range(n) if y[k] != y[i]]
            if pos and neg:
                terms.append(max(0.0, max(pos) - min(neg) + margin))
        want = float(np.mean(terms)) if terms else 0.0
        np.testing.assert_allclose(ref.batch_hard_triplet_loss(x, y, margin, squared), want, rtol=1e-9, atol=1e-12)
