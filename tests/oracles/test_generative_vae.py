"""Outside oracles for generative/vae_elbo: the closed-form KL against scipy's numerical integration
of p·log(p/q), and the Bernoulli NLL against scipy.special.log_expit."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

integrate = pytest.importorskip("scipy.integrate")
special = pytest.importorskip("scipy.special")
stats = pytest.importorskip("scipy.stats")

ROOT = Path(__file__).resolve().parents[2]


def _load(name):
    spec = importlib.util.spec_from_file_location(f"generative_ref_{name}", ROOT / "solutions" / "generative" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kl_by_quadrature(mu, sigma):
    """KL(N(mu, σ²) ‖ N(0, 1)) = ∫ p(z)·(log p(z) − log q(z)) dz over mu ± 12σ."""
    def integrand(z):
        log_p = stats.norm.logpdf(z, mu, sigma)
        return np.exp(log_p) * (log_p - stats.norm.logpdf(z))
    value, _ = integrate.quad(integrand, mu - 12 * sigma, mu + 12 * sigma, limit=200, epsabs=1e-12, epsrel=1e-10)
    return value


def test_gaussian_kl_is_the_integral_of_p_log_p_over_q():
    """Per-sample KL summed over dimensions equals the sum of one-dimensional quadratures."""
    ref = _load("vae_elbo")
    rng = np.random.default_rng(0)
    for _ in range(6):
        n, d = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        mu, log_var = rng.normal(0.0, 1.5, size=(n, d)), rng.uniform(-3.0, 3.0, size=(n, d))
        want = np.array([sum(_kl_by_quadrature(mu[i, j], np.exp(0.5 * log_var[i, j])) for j in range(d)) for i in range(n)])
        np.testing.assert_allclose(ref.gaussian_kl(mu, log_var), want, rtol=1e-7, atol=1e-9)


def test_bernoulli_nll_from_scipy_log_expit():
    """−Σ (x·log σ(l) + (1 − x)·log σ(−l)) with scipy.special.log_expit, logits up to ±1000."""
    ref = _load("vae_elbo")
    rng = np.random.default_rng(1)
    for _ in range(30):
        n, m = int(rng.integers(1, 10)), int(rng.integers(1, 12))
        logits = rng.normal(0.0, float(rng.choice([1.0, 30.0, 1000.0])), size=(n, m))
        x = rng.random((n, m)) if rng.random() < 0.5 else (rng.random((n, m)) < 0.5).astype(float)
        want = -(x * special.log_expit(logits) + (1 - x) * special.log_expit(-logits)).sum(axis=1)
        np.testing.assert_allclose(ref.bernoulli_nll(logits, x), want, rtol=1e-9, atol=1e-9)
