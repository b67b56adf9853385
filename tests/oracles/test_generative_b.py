"""Outside oracles for the generative track (gan_losses, ...): our references against scipy's pieces."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

special = pytest.importorskip("scipy.special")

ROOT = Path(__file__).resolve().parents[2]


def _load(name):
    spec = importlib.util.spec_from_file_location(f"generative_ref_{name}", ROOT / "solutions" / "generative" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gan_losses_from_scipy_log_expit():
    """The GAN losses written with scipy.special.log_expit (log σ) and expit (σ), as in Goodfellow et al."""
    ref = _load("gan_losses")
    rng = np.random.default_rng(0)
    for _ in range(40):
        r = rng.normal(0.0, float(rng.choice([1.0, 30.0, 1000.0])), size=int(rng.integers(1, 40)))
        f = rng.normal(0.0, float(rng.choice([1.0, 30.0, 1000.0])), size=int(rng.integers(1, 40)))
        loss, g_real, g_fake = ref.discriminator_loss(r, f)
        want = -special.log_expit(r).mean() - special.log_expit(-f).mean()
        np.testing.assert_allclose(loss, want, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(g_real, -special.expit(-r) / r.size, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(g_fake, special.expit(f) / f.size, rtol=1e-12, atol=1e-300)
        loss, g = ref.generator_loss(f, "non_saturating")
        np.testing.assert_allclose(loss, -special.log_expit(f).mean(), rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(g, -special.expit(-f) / f.size, rtol=1e-12, atol=1e-300)
        loss, g = ref.generator_loss(f, "saturating")
        np.testing.assert_allclose(loss, special.log_expit(-f).mean(), rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(g, -special.expit(f) / f.size, rtol=1e-12, atol=1e-300)
