"""Outside oracles for the probability track: our references against scipy and numpy.

Each test loads a reference solution from solutions/probability/ and compares it with a library
implementation of the same thing (with the documented convention differences applied), on 20+
random inputs. Statistical comparisons use fixed seeds and a false-alarm rate of 1e-6.
"""
import importlib.util
import itertools
import math
from pathlib import Path

import numpy as np
import pytest

scipy_stats = pytest.importorskip("scipy.stats")
scipy_optimize = pytest.importorskip("scipy.optimize")

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "probability"


def load(name):
    spec = importlib.util.spec_from_file_location(f"probability_reference_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ── inverse_cdf_sampling ──────────────────────────────────────────────────────────────────────

def test_categorical_matches_numpy_choice():
    """numpy's rng.choice(k, size=n, p=probs) draws rng.random(n) and searches cdf with side='right': the same rule."""
    ref = load("inverse_cdf_sampling")
    rng = np.random.default_rng(0)
    for _ in range(25):
        k = int(rng.integers(1, 9))
        probs = rng.random(k)
        probs /= probs.sum()
        n, seed = int(rng.integers(1, 200)), int(rng.integers(0, 10**6))
        ours = ref.sample_categorical(probs, n, seed=seed)
        theirs = np.random.default_rng(seed).choice(k, size=n, p=probs)
        np.testing.assert_array_equal(ours, theirs)


def test_exponential_matches_scipy_ppf():
    """sample_exponential(rate) = scipy.stats.expon.ppf(u, scale=1/rate) on the same uniforms."""
    ref = load("inverse_cdf_sampling")
    rng = np.random.default_rng(1)
    for _ in range(25):
        rate, n, seed = float(rng.uniform(0.05, 20)), int(rng.integers(1, 100)), int(rng.integers(0, 10**6))
        u = np.random.default_rng(seed).random(n)
        np.testing.assert_allclose(ref.sample_exponential(rate, n, seed=seed),
                                   scipy_stats.expon.ppf(u, scale=1 / rate), rtol=1e-12, atol=0)


def test_exponential_passes_scipy_kstest():
    ref = load("inverse_cdf_sampling")
    for seed in range(20):
        rate = 0.5 + seed
        x = ref.sample_exponential(rate, 5000, seed=seed)
        assert scipy_stats.kstest(x, "expon", args=(0, 1 / rate)).pvalue > 1e-6


# ── box_muller ────────────────────────────────────────────────────────────────────────────────

def test_box_muller_radius_is_rayleigh_ppf():
    """r = sqrt(−2 ln(1 − u1)) is the Rayleigh quantile function: z0 = rayleigh.ppf(u1)·cos(2πu2)."""
    ref = load("box_muller")
    rng = np.random.default_rng(2)
    for _ in range(20):
        u1, u2 = rng.random(30), rng.random(30)
        z0, z1 = ref.box_muller_pairs(u1, u2)
        r = scipy_stats.rayleigh.ppf(u1)
        np.testing.assert_allclose(z0, r * np.cos(2 * np.pi * u2), rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(z1, r * np.sin(2 * np.pi * u2), rtol=1e-10, atol=1e-14)


def test_box_muller_passes_scipy_kstest():
    ref = load("box_muller")
    for seed in range(20):
        z = ref.box_muller(4001, seed=seed)
        assert scipy_stats.kstest(z, "norm").pvalue > 1e-6
        assert scipy_stats.kstest(z[1::2], "norm").pvalue > 1e-6      # the sin values alone


# ── reservoir_sampling ────────────────────────────────────────────────────────────────────────

def test_reservoir_subsets_are_uniform():
    """All C(6, 2) = 15 subsets equally likely over 15 000 seeds (scipy chisquare, p > 1e-6)."""
    ref = load("reservoir_sampling")
    subsets = {s: 0 for s in itertools.combinations(range(6), 2)}
    for seed in range(15_000):
        subsets[tuple(sorted(ref.reservoir_sample(list(range(6)), 2, seed=seed)))] += 1
    assert scipy_stats.chisquare(list(subsets.values())).pvalue > 1e-6


# ── weighted_sampling_without_replacement ─────────────────────────────────────────────────────

def test_weighted_order_matches_successive_sampling():
    """Ordered pairs from weights [1, 2, 3, 4] over 20 000 seeds follow Π w_j / (W − picked) (chisquare, p > 1e-6)."""
    ref = load("weighted_sampling_without_replacement")
    w = np.array([1.0, 2.0, 3.0, 4.0])
    pairs = list(itertools.permutations(range(4), 2))
    exact = np.array([w[i] / w.sum() * w[j] / (w.sum() - w[i]) for i, j in pairs])
    counts = dict.fromkeys(pairs, 0)
    runs = 20_000
    for seed in range(runs):
        counts[tuple(int(v) for v in ref.weighted_sample_without_replacement(w, 2, seed=seed))] += 1
    assert scipy_stats.chisquare(list(counts.values()), exact * runs).pvalue > 1e-6


def test_weighted_first_pick_matches_numpy_choice_distribution():
    """numpy's rng.choice(replace=False, p) draws differently, but its first pick has the same law (chisquare)."""
    ref = load("weighted_sampling_without_replacement")
    w = np.array([0.5, 0.0, 2.0, 1.5, 6.0])
    ours = np.bincount([ref.weighted_sample_without_replacement(w, 3, seed=s)[0] for s in range(8000)], minlength=5)
    rng = np.random.default_rng(0)
    theirs = np.bincount([rng.choice(5, 3, replace=False, p=w / w.sum())[0] for _ in range(8000)], minlength=5)
    assert ours[1] == 0 and theirs[1] == 0
    table = np.array([ours[[0, 2, 3, 4]], theirs[[0, 2, 3, 4]]])
    assert scipy_stats.chi2_contingency(table).pvalue > 1e-6


# ── mle_fits ──────────────────────────────────────────────────────────────────────────────────

def test_gaussian_mle_matches_scipy_norm_fit():
    """scipy.stats.norm.fit returns the MLE (loc, scale): our variance is scale² (ddof = 0)."""
    ref = load("mle_fits")
    rng = np.random.default_rng(3)
    for _ in range(25):
        x = rng.normal(rng.uniform(-10, 10), rng.uniform(0.1, 5), size=int(rng.integers(2, 300)))
        mean, variance = ref.gaussian_mle(x)
        loc, scale = scipy_stats.norm.fit(x)
        assert math.isclose(mean, loc, rel_tol=1e-9, abs_tol=1e-12)
        assert math.isclose(variance, scale ** 2, rel_tol=1e-9)
        assert math.isclose(variance, np.var(x), rel_tol=1e-12)


def test_bernoulli_and_poisson_mle_maximise_the_likelihood():
    """Numerically maximising scipy's log-pmf gives the same p and λ (to the optimiser's 1e-6)."""
    ref = load("mle_fits")
    rng = np.random.default_rng(4)
    for _ in range(20):
        n = int(rng.integers(5, 200))
        b = (rng.random(n) < rng.uniform(0.05, 0.95)).astype(int)
        if 0 < b.sum() < n:
            best = scipy_optimize.minimize_scalar(lambda p: -scipy_stats.bernoulli.logpmf(b, p).sum(),
                                                  bounds=(1e-9, 1 - 1e-9), method="bounded",
                                                  options={"xatol": 1e-10})
            assert abs(ref.bernoulli_mle(b) - best.x) < 1e-6
        c = rng.poisson(rng.uniform(0.5, 30), size=n)
        best = scipy_optimize.minimize_scalar(lambda lam: -scipy_stats.poisson.logpmf(c, lam).sum(),
                                              bounds=(1e-9, 100), method="bounded", options={"xatol": 1e-10})
        assert abs(ref.poisson_mle(c) - best.x) < 1e-5


# ── bootstrap_ci ──────────────────────────────────────────────────────────────────────────────

def test_percentile_linear_matches_numpy_percentile():
    """percentile_linear(v, q) = np.percentile(v, 100 q) (numpy's default 'linear' method)."""
    ref = load("bootstrap_ci")
    rng = np.random.default_rng(5)
    for _ in range(40):
        v = np.round(rng.standard_normal(int(rng.integers(1, 60))), int(rng.integers(0, 3)))
        q = float(rng.choice([0.0, 1.0, rng.random()]))
        assert math.isclose(ref.percentile_linear(v, q), np.percentile(v, 100 * q), rel_tol=1e-12, abs_tol=1e-12)


def test_bootstrap_ci_matches_scipy_bootstrap_percentile():
    """scipy.stats.bootstrap(method='percentile') with the same default_rng(seed) draws the same resamples."""
    ref = load("bootstrap_ci")
    rng = np.random.default_rng(6)
    for _ in range(20):
        x = rng.exponential(2.0, size=int(rng.integers(2, 50)))
        n_boot, confidence, seed = int(rng.integers(10, 2000)), float(rng.uniform(0.5, 0.99)), int(rng.integers(0, 10**6))
        low, high = ref.bootstrap_ci(x, n_boot=n_boot, confidence=confidence, seed=seed)
        result = scipy_stats.bootstrap((x,), np.mean, method="percentile", confidence_level=confidence,
                                       n_resamples=n_boot, rng=np.random.default_rng(seed))
        assert math.isclose(low, result.confidence_interval.low, rel_tol=1e-9, abs_tol=1e-12)
        assert math.isclose(high, result.confidence_interval.high, rel_tol=1e-9, abs_tol=1e-12)


# ── ab_test_z ─────────────────────────────────────────────────────────────────────────────────

def test_ab_test_matches_scipy_norm_and_chi_square():
    """z against a scipy.stats.norm computation (p = 2·norm.sf(|z|)); z² = chi2_contingency(correction=False)."""
    ref = load("ab_test_z")
    rng = np.random.default_rng(7)
    for _ in range(30):
        n_a, n_b = (int(v) for v in rng.integers(20, 5000, size=2))
        c_a, c_b = int(rng.binomial(n_a, 0.1)), int(rng.binomial(n_b, rng.uniform(0.07, 0.14)))
        z, p = ref.ab_test_z(c_a, n_a, c_b, n_b)
        pooled = (c_a + c_b) / (n_a + n_b)
        z_theirs = (c_b / n_b - c_a / n_a) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
        assert math.isclose(z, z_theirs, rel_tol=1e-10, abs_tol=1e-12)
        assert math.isclose(p, 2 * scipy_stats.norm.sf(abs(z_theirs)), rel_tol=1e-9, abs_tol=1e-15)
        chi2, p_chi2, _, _ = scipy_stats.chi2_contingency([[c_a, n_a - c_a], [c_b, n_b - c_b]], correction=False)
        assert math.isclose(z * z, chi2, rel_tol=1e-8, abs_tol=1e-12)
        assert math.isclose(p, p_chi2, rel_tol=1e-7, abs_tol=1e-14)


# ── beta_binomial_posterior ───────────────────────────────────────────────────────────────────

def test_beta_cdf_interval_and_mean_match_scipy():
    """beta_cdf = scipy.stats.beta.cdf, the interval = beta.ppf of the equal tails, the mean = beta.mean."""
    ref = load("beta_binomial_posterior")
    rng = np.random.default_rng(8)
    for _ in range(25):
        alpha, beta = int(rng.integers(1, 30)), int(rng.integers(1, 30))
        n = int(rng.integers(0, 800))
        k = int(rng.integers(0, n + 1))
        a, b, mean = ref.beta_binomial_posterior(alpha, beta, k, n)
        assert (a, b) == (alpha + k, beta + n - k)
        assert math.isclose(mean, scipy_stats.beta.mean(a, b), rel_tol=1e-12)
        x = float(rng.random())
        assert abs(ref.beta_cdf(x, a, b) - scipy_stats.beta.cdf(x, a, b)) < 1e-10
        level = float(rng.uniform(0.5, 0.999))
        low, high = ref.beta_credible_interval(a, b, level)
        want_low, want_high = scipy_stats.beta.ppf([(1 - level) / 2, (1 + level) / 2], a, b)
        assert abs(low - want_low) < 1e-9 and abs(high - want_high) < 1e-9
        assert np.allclose(scipy_stats.beta.interval(level, a, b), (low, high), rtol=0, atol=1e-9)


# ── markov_stationary ─────────────────────────────────────────────────────────────────────────

def test_stationary_matches_numpy_left_eigenvector():
    """π is the left eigenvector of P for eigenvalue 1 (numpy.linalg.eig of Pᵀ), normalised to sum 1."""
    ref = load("markov_stationary")
    rng = np.random.default_rng(9)
    for _ in range(25):
        k = int(rng.integers(1, 10))
        P = rng.random((k, k)) * (rng.random((k, k)) < 0.6) + np.eye(k, k=1) + np.eye(k, k=-(k - 1))
        P /= P.sum(axis=1, keepdims=True)          # a cycle keeps every chain irreducible
        values, vectors = np.linalg.eig(P.T)
        v = np.real(vectors[:, np.argmin(np.abs(values - 1))])
        np.testing.assert_allclose(ref.stationary_distribution(P), v / v.sum(), rtol=1e-8, atol=1e-12)
        p0 = rng.random(k)
        p0 /= p0.sum()
        n = int(rng.integers(0, 30))
        np.testing.assert_allclose(ref.distribution_after(p0, P, n), p0 @ np.linalg.matrix_power(P, n),
                                   rtol=1e-10, atol=1e-14)


# ── monte_carlo_se ────────────────────────────────────────────────────────────────────────────

def test_monte_carlo_matches_scipy_sem_and_quad():
    """se = scipy.stats.sem of the same draws (ddof=1); the estimate is within 5.5 se of scipy.integrate.quad."""
    from grader.functions_probability import Exp, Power, Step
    integrate = pytest.importorskip("scipy.integrate")
    ref = load("monte_carlo_se")
    rng = np.random.default_rng(10)
    for _ in range(20):
        f = [Power(float(rng.uniform(0.5, 3))), Exp(), Step(float(rng.uniform(0.2, 0.8)))][int(rng.integers(0, 3))]
        n, seed = int(rng.integers(1000, 20000)), int(rng.integers(0, 10**6))
        estimate, se = ref.monte_carlo_mean(f, n, seed=seed)
        y = f(np.random.default_rng(seed).random(n))
        assert math.isclose(se, scipy_stats.sem(y), rel_tol=1e-10)
        truth = integrate.quad(f, 0, 1, points=[getattr(f, "threshold", 0.5)])[0]
        assert abs(estimate - truth) < 5.5 * se
        u = np.random.default_rng(seed).random(n)
        anti, anti_se = ref.monte_carlo_antithetic(f, n, seed=seed)
        assert math.isclose(anti_se, scipy_stats.sem((f(u) + f(1 - u)) / 2), rel_tol=1e-10)
        assert abs(anti - truth) < 5.5 * anti_se + 1e-12
