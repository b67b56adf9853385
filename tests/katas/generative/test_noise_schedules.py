"""Hidden tests for generative/noise_schedules: linear_schedule(T, ...) and cosine_schedule(T, ...)."""
import math

import numpy as np

from grader.testing import require


def _f(u, s=0.008):
    """The cosine schedule's f(u) = cos²((u + s)/(1 + s)·π/2), written out for the hand-checked cases."""
    return math.cos((u + s) / (1 + s) * math.pi / 2) ** 2


def _triple(betas):
    betas = np.array(betas, dtype=np.float64)
    alphas = 1.0 - betas
    return betas, alphas, np.array([math.prod(alphas[: t + 1]) for t in range(len(alphas))])


# -- linear -------------------------------------------------------------------------------------
def test_linear_by_hand(kata):
    """T = 4 from 0.1 to 0.7: β = [0.1, 0.3, 0.5, 0.7] (both ends included), α = [0.9, 0.7, 0.5, 0.3], ᾱ = [0.9, 0.63, 0.315, 0.0945]."""
    want = (np.array([0.1, 0.3, 0.5, 0.7]), np.array([0.9, 0.7, 0.5, 0.3]), np.array([0.9, 0.63, 0.315, 0.0945]))
    kata.check("linear_schedule", 4, 0.1, 0.7, expected=want)


def test_linear_one_and_two_steps(kata):
    """T = 1 gives [beta_start] alone (np.linspace's rule); T = 2 gives [beta_start, beta_end]."""
    kata.check("linear_schedule", 1, beta_start=0.3, beta_end=0.6, expected=(np.array([0.3]), np.array([0.7]), np.array([0.7])))
    kata.check("linear_schedule", 2, beta_start=0.3, beta_end=0.6,
               expected=(np.array([0.3, 0.6]), np.array([0.7, 0.4]), np.array([0.7, 0.28])))


def test_linear_ddpm_defaults(kata):
    """T = 1000 with the defaults: β_t = 1e-4 + 0.0199·t/999, β_0 = 1e-4, β_999 = 0.02, ᾱ_999 ≈ 4.036e-5."""
    betas = 1e-4 + (0.02 - 1e-4) * np.arange(1000) / 999
    result = kata.check("linear_schedule", 1000, expected=_triple(betas)).value
    require(abs(result[0][-1] - 0.02) < 1e-15 and abs(result[0][0] - 1e-4) < 1e-18, "β_0 must be beta_start and β_{T−1} beta_end")


def test_linear_constant_and_decreasing(kata):
    """beta_start = beta_end gives a constant schedule; beta_start > beta_end is allowed and decreases."""
    kata.check("linear_schedule", 3, 0.2, 0.2, expected=_triple([0.2, 0.2, 0.2]))
    kata.check("linear_schedule", 3, 0.5, 0.1, expected=_triple([0.5, 0.3, 0.1]))


# -- cosine -------------------------------------------------------------------------------------
def test_cosine_one_step_is_clipped(kata):
    """T = 1: β_0 = 1 − f(1)/f(0) ≈ 1, clipped to 0.999; α = ᾱ = [0.001]."""
    kata.check("cosine_schedule", 1, expected=(np.array([0.999]), np.array([0.001]), np.array([0.001])))


def test_cosine_without_offset_by_hand(kata):
    """s = 0, T = 2: β_0 = 1 − cos²(π/4) = 0.5, β_1 = min(1 − 0/0.5, 0.999) = 0.999; ᾱ = [0.5, 0.0005]."""
    kata.check("cosine_schedule", 2, s=0.0, expected=(np.array([0.5, 0.999]), np.array([0.5, 0.001]), np.array([0.5, 0.0005])))


def test_cosine_two_steps_by_hand(kata):
    """T = 2, s = 0.008: β_0 = 1 − f(½)/f(0) = 0.506156, β_1 = 0.999 (clipped); ᾱ = [0.493844, 0.000494]."""
    b0 = 1 - _f(0.5) / _f(0.0)
    kata.check("cosine_schedule", 2, expected=_triple([b0, 0.999]))


def test_cosine_three_steps_by_hand(kata):
    """T = 3: β_t = 1 − f((t+1)/3)/f(t/3) = [0.257116, 0.668255, 0.999 (clipped)], ᾱ the product of the clipped α."""
    betas = [1 - _f(1 / 3) / _f(0.0), 1 - _f(2 / 3) / _f(1 / 3), 0.999]
    kata.check("cosine_schedule", 3, expected=_triple(betas))


def test_cosine_max_beta_clips_and_alpha_bar_follows_the_clipped_alphas(kata):
    """T = 3, max_beta = 0.5: β = [0.257116, 0.5, 0.5] (two clipped); ᾱ = [0.742884, 0.371442, 0.185721], not f((t+1)/T)/f(0)."""
    kata.check("cosine_schedule", 3, max_beta=0.5, expected=_triple([1 - _f(1 / 3) / _f(0.0), 0.5, 0.5]))


def test_cosine_offset_changes_the_first_step(kata):
    """s = 0.1, T = 4: β_t = 1 − f((t+1)/4)/f(t/4) with s = 0.1, the last clipped at 0.999."""
    betas = [1 - _f((t + 1) / 4, 0.1) / _f(t / 4, 0.1) for t in range(3)] + [0.999]
    kata.check("cosine_schedule", 4, s=0.1, expected=_triple(betas))


def test_cosine_thousand_steps(kata):
    """T = 1000 with the defaults: β_0 = 4.128e-5, only β_999 is clipped (0.999), ᾱ decreasing to 2.43e-9."""
    betas = [min(1 - _f((t + 1) / 1000) / _f(t / 1000), 0.999) for t in range(1000)]
    result = kata.check("cosine_schedule", 1000, expected=_triple(betas)).value
    require(bool(np.all(np.diff(result[2]) < 0)), "ᾱ must decrease at every step")


# -- both ---------------------------------------------------------------------------------------
def test_numpy_integer_steps(kata):
    """T may be a numpy integer: np.int64(5) works as 5 does."""
    kata.check("linear_schedule", np.int64(5), 0.01, 0.05)
    kata.check("cosine_schedule", np.int64(5))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random T up to 1000, random ends in (0, 1), s in [0, 0.2], max_beta in (0.1, 0.9999)."""
    linears, cosines = [], []
    for T in (1, 2, 7, int(rng.integers(10, 100)), int(rng.integers(100, 1001))):
        lo, hi = sorted(rng.uniform(1e-5, 0.5, size=2))
        linears.append(((T, float(lo), float(hi)), {}))
        cosines.append(((T, float(rng.uniform(0.0, 0.2)), float(rng.uniform(0.1, 0.9999))), {}))
    kata.check_each("linear_schedule", linears)
    kata.check_each("cosine_schedule", cosines)


def test_validation(kata):
    """ValueError: T < 1, T not an integer (2.5, 10.0, True), β ends or max_beta outside (0, 1), s < 0."""
    cases = []
    for name in ("linear_schedule", "cosine_schedule"):
        for T in (0, -3, 2.5, 10.0, True):
            cases.append(("ValueError", name, (T,), {}))
    for start, end in ((0.0, 0.02), (1.0, 0.02), (-0.1, 0.02), (1e-4, 1.0), (1e-4, 0.0), (1e-4, 1.5)):
        cases.append(("ValueError", "linear_schedule", (10, start, end), {}))
    for max_beta in (0.0, 1.0, 1.2, -0.5):
        cases.append(("ValueError", "cosine_schedule", (10,), {"max_beta": max_beta}))
    cases.append(("ValueError", "cosine_schedule", (10,), {"s": -0.01}))
    kata.raises_each(cases)


def test_validation_when_one_step_leaves_a_parameter_unused(kata):
    """T = 1 never reaches beta_end (β = [beta_start]) yet still validates it; the same for s and max_beta."""
    kata.raises_each([
        ("ValueError", "linear_schedule", (1, 0.1, 1.5), {}),
        ("ValueError", "linear_schedule", (1, 0.1, 0.0), {}),
        ("ValueError", "cosine_schedule", (1,), {"s": -0.5}),
        ("ValueError", "cosine_schedule", (1,), {"max_beta": 1.0}),
    ])
