"""Hidden tests for probability/box_muller: box_muller_pairs(u1, u2), box_muller(n, *, seed)."""
import math

import numpy as np

from grader.testing import require

# Dvoretzky–Kiefer–Wolfowitz (Massart): P(sup|F_n − F| > t/√n) ≤ 2·exp(−2t²); t for false-alarm rate 1e-6.
DKW_T_1E6 = math.sqrt(math.log(2e6) / 2)   # 2.6934
R = math.sqrt(-2 * math.log(0.25))         # sqrt(4 ln 2) = 1.6651092223


def test_pairs_by_hand(kata):
    """u1 = 0.75 (r = sqrt(4 ln 2) = 1.665109) with u2 = 0.125, 0.25, 0.5: θ = π/4, π/2, π."""
    # θ = π/4: (r/√2, r/√2) = (1.177410, 1.177410); θ = π/2: (0, r); θ = π: (−r, 0)
    kata.check("box_muller_pairs", np.array([0.75, 0.75, 0.75]), np.array([0.125, 0.25, 0.5]),
               expected=(np.array([R / math.sqrt(2), 0.0, -R]), np.array([R / math.sqrt(2), R, 0.0])))


def test_pairs_with_u1_zero(kata):
    """u1 = 0 (which rng.random() can return) gives r = sqrt(−2 ln 1) = 0, so (0, 0): finite."""
    kata.check("box_muller_pairs", np.array([0.0, 0.5]), np.array([0.3, 0.0]),
               expected=(np.array([0.0, math.sqrt(2 * math.log(2))]), np.array([0.0, 0.0])))


def test_box_muller_by_hand(kata):
    """seed 0, n = 4: pairs (u[0], u[1]) and (u[2], u[3]) of default_rng(0).random(4), cos then sin."""
    # u = 0.63696169, 0.26978671, 0.04097352, 0.01652764
    # pair 0: r = sqrt(−2 ln 0.36303831) = 1.4235497, θ = 1.6951199 → (−0.1765253, 1.4125624)
    # pair 1: r = sqrt(−2 ln 0.95902648) = 0.2892632, θ = 0.1038462 → (0.2877049, 0.0299849)
    kata.check("box_muller", 4, seed=0,
               expected=np.array([-0.17652525003, 1.41256244023, 0.28770487914, 0.02998492117]))


def test_odd_n_drops_the_last_sin(kata):
    """seed 0, n = 3: still two pairs (4 uniforms); the last pair's sin value is dropped."""
    kata.check("box_muller", 3, seed=0, expected=np.array([-0.17652525003, 1.41256244023, 0.28770487914]))


def test_n_one(kata):
    """seed 0, n = 1: one pair (2 uniforms), only its cos value."""
    kata.check("box_muller", 1, seed=0, expected=np.array([-0.17652525003]))


def test_pairs_match_reference_on_random_uniforms(kata, rng):
    """Random uniforms in [0, 1)."""
    for _ in range(5):
        m = int(rng.integers(1, 30))
        kata.check("box_muller_pairs", rng.random(m), rng.random(m))


def test_matches_reference_on_random_seeds(kata, rng):
    """Random n (odd and even) and seeds."""
    arg_sets = []
    for _ in range(8):
        arg_sets.append(((int(rng.integers(1, 80)),), {"seed": int(rng.integers(0, 10**6))}))
    kata.check_each("box_muller", arg_sets)


def test_zero_samples(kata):
    """n = 0: an empty float64 array; box_muller_pairs of empty arrays gives two empty arrays."""
    kata.check("box_muller", 0, seed=0, expected=np.zeros(0))
    kata.check("box_muller_pairs", np.zeros(0), np.zeros(0), expected=(np.zeros(0), np.zeros(0)))


def test_normal_distribution_dkw(kata):
    """200 001 samples (seed 11): the empirical CDF stays within the DKW bound around Φ at false-alarm rate 1e-6."""
    n = 200_001
    result = kata.call("box_muller", n, seed=11)
    z = np.sort(np.asarray(result.value, dtype=float))
    require(z.shape == (n,) and np.all(np.isfinite(z)), f"{result.shown} should return {n} finite samples")
    cdf = 0.5 * np.vectorize(math.erfc)(-z / math.sqrt(2))
    distance = max(np.max(np.arange(1, n + 1) / n - cdf), np.max(cdf - np.arange(n) / n))
    require(distance < DKW_T_1E6 / math.sqrt(n),
            f"{result.shown}: the samples are not standard normal (KS distance {distance:.4f}; "
            f"mean {z.mean():.4f}, variance {z.var():.4f})")


def test_cos_and_sin_halves_are_uncorrelated(kata):
    """The cos and sin values of 100 000 pairs (seed 12) are uncorrelated: |corr| < 5.5/√m (false alarm < 1e-7)."""
    m = 100_000
    result = kata.call("box_muller", 2 * m, seed=12)
    z = np.asarray(result.value, dtype=float)
    require(z.shape == (2 * m,), f"{result.shown} should return {2 * m} samples")
    corr = float(np.corrcoef(z[0::2], z[1::2])[0, 1])
    require(abs(corr) < 5.5 / math.sqrt(m), f"{result.shown}: z[0::2] and z[1::2] have correlation {corr:.4f}")
