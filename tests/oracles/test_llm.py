"""Outside oracles for the llm track: our references against scipy where scipy has the same function."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

special = pytest.importorskip("scipy.special")

ROOT = Path(__file__).resolve().parents[2]


def _load(name):
    spec = importlib.util.spec_from_file_location(f"llm_ref_{name}", ROOT / "solutions" / "llm" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sampling_distribution_is_scipy_softmax_of_scaled_logits():
    """No top-k, no top-p: softmax(logits / T), as scipy.special.softmax."""
    ref = _load("sampling")
    rng = np.random.default_rng(0)
    for _ in range(25):
        logits = rng.normal(0.0, 3.0, size=int(rng.integers(1, 20)))
        T = float(rng.uniform(0.2, 3.0))
        np.testing.assert_allclose(ref.sampling_distribution(logits, temperature=T), special.softmax(logits / T),
                                   rtol=1e-12, atol=1e-15)


def test_moe_gates_with_k_equal_e_are_scipy_softmax():
    """k = E keeps every expert: the gates, put back in expert order, are scipy's softmax of each row."""
    ref = _load("moe_routing")
    rng = np.random.default_rng(1)
    for _ in range(25):
        N, E = int(rng.integers(1, 10)), int(rng.integers(1, 8))
        logits = rng.normal(0.0, 2.0, size=(N, E))
        experts, gates = ref.top_k_routing(logits, E)
        dense = np.zeros((N, E))
        np.put_along_axis(dense, experts, gates, axis=1)
        np.testing.assert_allclose(dense, special.softmax(logits, axis=1), rtol=1e-12, atol=1e-15)


def test_dpo_loss_is_minus_scipy_log_expit():
    """The DPO loss is −mean(log_expit(β · margin)) with scipy.special.log_expit; its gradient uses expit(−z)."""
    ref = _load("dpo_loss")
    rng = np.random.default_rng(2)
    for _ in range(25):
        N = int(rng.integers(1, 30))
        pc, pr, rc, rr = (-rng.uniform(0.0, 50.0, size=N) for _ in range(4))
        beta = float(rng.uniform(0.01, 2.0))
        z = beta * ((pc - rc) - (pr - rr))
        np.testing.assert_allclose(ref.dpo_loss(pc, pr, rc, rr, beta), -np.mean(special.log_expit(z)), rtol=1e-12)
        d_chosen, d_rejected = ref.dpo_loss_grad(pc, pr, rc, rr, beta)
        np.testing.assert_allclose(d_chosen, -beta * special.expit(-z) / N, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(d_rejected, beta * special.expit(-z) / N, rtol=1e-12, atol=1e-300)


def test_kv_cache_matches_scipy_softmax_attention():
    """Decoding with the cache equals causal attention built from scipy.special.softmax over the allowed keys."""
    ref = _load("kv_cache")
    rng = np.random.default_rng(3)
    for _ in range(20):
        H, T, Dh = int(rng.integers(1, 4)), int(rng.integers(1, 9)), int(rng.integers(1, 6))
        q, k, v = (rng.standard_normal((H, T, Dh)) for _ in range(3))
        cache = ref.KVCache(H, Dh)
        for t in range(T):
            cache.append(k[:, t:t + 1], v[:, t:t + 1])
            out = cache.attend(q[:, t:t + 1])[:, 0]
            weights = special.softmax(np.einsum("hd,hsd->hs", q[:, t], k[:, :t + 1]) / np.sqrt(Dh), axis=1)
            np.testing.assert_allclose(out, np.einsum("hs,hsd->hd", weights, v[:, :t + 1]), rtol=1e-10, atol=1e-12)


def test_bradley_terry_is_minus_scipy_log_expit():
    """The reward model's loss is −mean(log_expit(r_c − r_r − m)), its gradient ∓expit(−z)/N; accuracy counts r_c > r_r."""
    ref = _load("bradley_terry")
    rng = np.random.default_rng(3)
    for _ in range(25):
        N = int(rng.integers(1, 30))
        chosen, rejected = rng.normal(0.0, 5.0, size=N), rng.normal(0.0, 5.0, size=N)
        margin = rng.uniform(0.0, 3.0, size=N) if rng.random() < 0.5 else float(rng.uniform(0.0, 3.0))
        z = chosen - rejected - margin
        np.testing.assert_allclose(ref.bradley_terry_loss(chosen, rejected, margin), -np.mean(special.log_expit(z)),
                                   rtol=1e-12)
        d_chosen, d_rejected = ref.bradley_terry_grad(chosen, rejected, margin)
        np.testing.assert_allclose(d_chosen, -special.expit(-z) / N, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(d_rejected, special.expit(-z) / N, rtol=1e-12, atol=1e-300)
        assert ref.preference_accuracy(chosen, rejected) == np.count_nonzero(chosen > rejected) / N
