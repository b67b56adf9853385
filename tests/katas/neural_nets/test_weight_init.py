"""Hidden tests for neural_nets/weight_init: xavier_uniform, xavier_normal, he_normal (pinned draws)."""
import math

import numpy as np

from grader.testing import require

# Two-sided normal quantile for a false-alarm rate of 1e-6: P(|Z| > 4.89) ≈ 1.0e-6. The seeds below
# are fixed, so these checks are deterministic; the rate says how unlucky a correct answer would
# have to be with a fresh seed.
Z = 4.89


def _draw(seed):
    return np.random.default_rng(seed)


# -- the pinned draws, by hand ------------------------------------------------------------------

def test_xavier_uniform_by_hand(kata):
    """fan_in 2, fan_out 4: a = √(6/6) = 1, so W = default_rng(0).uniform(−1, 1, size=(2, 4))."""
    kata.check("xavier_uniform", 2, 4, seed=0, expected=_draw(0).uniform(-1.0, 1.0, size=(2, 4)))


def test_xavier_uniform_asymmetric_fans(kata):
    """fan_in 5, fan_out 1: a = √(6/6) = 1 and shape (5, 1) (fan_in rows, fan_out columns)."""
    kata.check("xavier_uniform", 5, 1, seed=7, expected=_draw(7).uniform(-1.0, 1.0, size=(5, 1)))


def test_xavier_uniform_with_gain(kata):
    """gain 2, fan_in 1, fan_out 2: a = 2·√(6/3) = 2√2."""
    a = 2 * math.sqrt(2.0)
    kata.check("xavier_uniform", 1, 2, gain=2.0, seed=3, expected=_draw(3).uniform(-a, a, size=(1, 2)))


def test_xavier_normal_by_hand(kata):
    """fan_in 3, fan_out 5: std = √(2/8) = ½, so W = default_rng(1).normal(0, 0.5, size=(3, 5))."""
    kata.check("xavier_normal", 3, 5, seed=1, expected=_draw(1).normal(0.0, 0.5, size=(3, 5)))


def test_xavier_normal_with_gain(kata):
    """gain 3, fan_in 4, fan_out 4: std = 3·√(2/8) = 1.5."""
    kata.check("xavier_normal", 4, 4, gain=3.0, seed=5, expected=_draw(5).normal(0.0, 1.5, size=(4, 4)))


def test_he_normal_by_hand(kata):
    """fan_in 8, fan_out 3: std = √(2/8) = ½ (fan_in only, gain √2)."""
    kata.check("he_normal", 8, 3, seed=2, expected=_draw(2).normal(0.0, 0.5, size=(8, 3)))


def test_he_normal_unit_std(kata):
    """fan_in 2, fan_out 5: std = √(2/2) = 1; fan_in 1, fan_out 1: std = √2."""
    kata.check("he_normal", 2, 5, seed=4, expected=_draw(4).normal(0.0, 1.0, size=(2, 5)))
    kata.check("he_normal", 1, 1, seed=9, expected=_draw(9).normal(0.0, math.sqrt(2.0), size=(1, 1)))


def test_default_gain_is_one(kata):
    """gain left out is 1.0 for both Xavier initialisers."""
    kata.check("xavier_uniform", 3, 3, seed=11, expected=_draw(11).uniform(-1.0, 1.0, size=(3, 3)))
    kata.check("xavier_normal", 3, 1, seed=12, expected=_draw(12).normal(0.0, math.sqrt(0.5), size=(3, 1)))


def test_matches_reference_on_random_fans(kata, rng):
    """Random fans (1 to 40), gains and seeds: the draw is reproduced exactly."""
    xavier, he = [], []
    for _ in range(6):
        fan_in, fan_out = (int(v) for v in rng.integers(1, 41, 2))
        seed, gain = int(rng.integers(0, 2**31)), float(rng.uniform(0.5, 3.0))
        xavier.append(((fan_in, fan_out), {"gain": gain, "seed": seed}))
        he.append(((fan_in, fan_out), {"seed": seed}))
    kata.check_each("xavier_uniform", xavier)
    kata.check_each("xavier_normal", xavier)
    kata.check_each("he_normal", he)


# -- edges ----------------------------------------------------------------------------------------

def test_zero_fans_raise(kata):
    """fan_in = 0 or fan_out = 0 raise ValueError (for every initialiser)."""
    cases = []
    for name in ("xavier_uniform", "xavier_normal", "he_normal"):
        cases.append(("ValueError", name, (0, 3), {"seed": 0}))
        cases.append(("ValueError", name, (3, 0), {"seed": 0}))
    kata.raises_each(cases)


# -- statistics -----------------------------------------------------------------------------------

def _mean_square_bound(variance, fourth_moment, n):
    """Z standard errors of mean(W²) around the variance (the mean is 0, known)."""
    return Z * math.sqrt((fourth_moment - variance ** 2) / n)


def test_xavier_uniform_statistics(kata):
    """(300, 500), seeds 0–2: every |w| ≤ a, mean ≈ 0 and mean(w²) ≈ 2/800 within 4.89 standard errors."""
    fan_in, fan_out = 300, 500
    a = math.sqrt(6.0 / (fan_in + fan_out))
    variance, n = a * a / 3, fan_in * fan_out
    for seed in range(3):
        result = kata.call("xavier_uniform", fan_in, fan_out, seed=seed)
        W = np.asarray(result.value, dtype=float)
        require(W.shape == (fan_in, fan_out), f"{result.shown} should have shape {(fan_in, fan_out)}, got {W.shape}")
        require(np.abs(W).max() <= a, f"{result.shown}: a value {np.abs(W).max():.5f} lies outside (−a, a), a = {a:.5f}")
        require(abs(W.mean()) <= Z * math.sqrt(variance / n),
                f"{result.shown}: the mean {W.mean():.3g} is too far from 0")
        # for U(−a, a): E[w⁴] = a⁴/5
        bound = _mean_square_bound(variance, a ** 4 / 5, n)
        require(abs(np.mean(W ** 2) - variance) <= bound,
                f"{result.shown}: the variance is {np.mean(W ** 2):.6f}, expected 2/(fan_in + fan_out) = "
                f"{variance:.6f} (± {bound:.1e} at a false-alarm rate of 1e-6)")


def test_normal_initialisers_statistics(kata):
    """(400, 250), seeds 0–2: mean ≈ 0 and mean(w²) ≈ std² (Xavier: 2/650, He: 2/400) within 4.89 standard errors."""
    fan_in, fan_out = 400, 250
    n = fan_in * fan_out
    for name, variance in [("xavier_normal", 2.0 / (fan_in + fan_out)), ("he_normal", 2.0 / fan_in)]:
        for result in kata.calls(name, [((fan_in, fan_out), {"seed": seed}) for seed in range(3)]):
            W = np.asarray(result.value, dtype=float)
            require(W.shape == (fan_in, fan_out), f"{result.shown} should have shape {(fan_in, fan_out)}, got {W.shape}")
            require(abs(W.mean()) <= Z * math.sqrt(variance / n),
                    f"{result.shown}: the mean {W.mean():.3g} is too far from 0")
            # for N(0, σ²): E[w⁴] = 3σ⁴
            bound = _mean_square_bound(variance, 3 * variance ** 2, n)
            require(abs(np.mean(W ** 2) - variance) <= bound,
                    f"{result.shown}: the variance is {np.mean(W ** 2):.6f}, expected {variance:.6f} "
                    f"(± {bound:.1e} at a false-alarm rate of 1e-6)")


def test_he_keeps_relu_activations_from_shrinking(kata):
    """Ten ReLU layers of width 256 initialised with he_normal keep E[a²] of the input within a factor 2."""
    x = np.random.default_rng(0).standard_normal((200, 256))
    a = x
    for result in kata.calls("he_normal", [((256, 256), {"seed": 100 + layer}) for layer in range(10)]):
        W = np.asarray(result.value, dtype=float)
        a = np.maximum(a @ W, 0.0)
    ratio = np.mean(a ** 2) / np.mean(x ** 2)
    require(0.5 < ratio < 2.0, f"he_normal(256, 256, seed=...) over 10 ReLU layers: the mean square activation "
                               f"changed by a factor {ratio:.3g}; with std √(2/fan_in) it stays near 1")


def test_seed_controls_the_draw(kata):
    """The same seed gives the same matrix; another seed gives another."""
    first = kata.call("xavier_normal", 6, 4, seed=21).value
    again = kata.call("xavier_normal", 6, 4, seed=21).value
    other = kata.call("xavier_normal", 6, 4, seed=22).value
    require(np.array_equal(first, again) and not np.allclose(first, other),
            "xavier_normal(6, 4, seed=...) must depend on the seed, and only on it: "
            "rng = np.random.default_rng(seed), created inside the call")
