"""Hidden tests for generative/ddim_step: ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta, noise) -> (x_prev, x0_pred).

The hand-checked cases use ᾱ_t = 0.36 (√ = 0.6, √(1 − ᾱ) = 0.8) and ᾱ_prev = 0.64 (√ = 0.8, √(1 − ᾱ) = 0.6),
x_0 = (0.5, −1.5), ε = (1, −0.5), so x_t = 0.6·x_0 + 0.8·ε = (1.1, −1.3) and x̂_0 = x_0.
"""
import numpy as np

from grader.testing import require

X_T = np.array([1.1, -1.3])
EPS = np.array([1.0, -0.5])
X0 = np.array([0.5, -1.5])
Z = np.array([1.0, -2.0])
SIGMA_1 = 0.49607837082461076          # 1·√(0.36/0.64)·√(1 − 0.36/0.64) = 0.75·√0.4375


def test_deterministic_step_by_hand(kata):
    """η = 0: x̂_0 = (x_t − 0.8 ε)/0.6 = (0.5, −1.5) (not clipped), x_prev = 0.8 x̂_0 + 0.6 ε = (1.0, −1.5)."""
    kata.check("ddim_step", X_T, EPS, 0.36, 0.64, expected=(np.array([1.0, -1.5]), X0))


def test_eta_one_by_hand(kata):
    """η = 1: σ_t = 0.75·√0.4375 = 0.49608, √(1 − 0.64 − σ_t²) = √0.11390625 = 0.3375; x_prev = 0.8 x̂_0 + 0.3375 ε + σ_t z."""
    kata.check("ddim_step", X_T, EPS, 0.36, 0.64, 1.0, Z,
               expected=(np.array([1.2335783708246109, -2.3609067416492215]), X0))


def test_eta_half_by_hand(kata):
    """η = 0.5 scales σ_t linearly: σ_t = 0.24804, σ_t² = 0.06152, √(0.36 − σ_t²) = 0.54633."""
    kata.check("ddim_step", X_T, EPS, 0.36, 0.64, 0.5, Z,
               expected=(np.array([1.1943692710748104, -1.9692434136558634]), X0))


def test_final_step_returns_the_prediction(kata):
    """ᾱ_prev = 1 (the last step): σ_t = 0 and x_prev = x̂_0 = (0.5, −1.5), for η = 0 and for η = 1 (the noise is not used)."""
    kata.check("ddim_step", X_T, EPS, 0.36, 1.0, expected=(X0, X0))
    kata.check("ddim_step", X_T, EPS, 0.36, 1.0, 1.0, Z, expected=(X0, X0))


def test_final_step_gives_two_distinct_arrays(kata):
    """ᾱ_prev = 1: x_prev and x̂_0 are equal, (0.5, −1.5), but two distinct new arrays: writing into one must not change the other."""
    for args in ((), (1.0, Z)):
        result = kata.check("ddim_step", X_T, EPS, 0.36, 1.0, *args, expected=(X0, X0))
        shared = [(where, other) for kind, where, other in result.aliases if kind == "itself"]
        require(not shared, f"{result.shown}: x_prev and x0_pred are the same array (or share memory): "
                "the statement asks for two distinct new arrays; at the final step return a copy of x̂_0 "
                "as x_prev (or compute x_prev with the general formula).")


def test_a_step_to_the_same_level_stays_put(kata):
    """ᾱ_prev = ᾱ_t: σ_t = 0 and x_prev = √ᾱ x̂_0 + √(1 − ᾱ) ε = x_t, whatever η."""
    kata.check("ddim_step", X_T, EPS, 0.36, 0.36, expected=(X_T, X0))
    kata.check("ddim_step", X_T, EPS, 0.36, 0.36, 0.7, Z, expected=(X_T, X0))


def test_noise_is_ignored_when_eta_is_zero(kata):
    """η = 0 with noise given: the step is deterministic, the noise plays no part."""
    kata.check("ddim_step", X_T, EPS, 0.36, 0.64, 0.0, Z, expected=(np.array([1.0, -1.5]), X0))


def test_prediction_is_not_clipped(kata):
    """x̂_0 far outside [−1, 1] (x_t = 1000, ε = 0, ᾱ_t = 0.01): x̂_0 = 1000/0.1 = 10000, and x_prev uses it as it is."""
    # ᾱ_prev = 0.25: x_prev = 0.5·10000 + √0.75·0 = 5000
    kata.check("ddim_step", np.array([1000.0, -1000.0]), np.zeros(2), 0.01, 0.25,
               expected=(np.array([5000.0, -5000.0]), np.array([10000.0, -10000.0])))


def test_eta_one_is_the_ddpm_posterior(kata, rng):
    """η = 1 samples DDPM's posterior q(x_prev | x_t, x̂_0): x_prev = μ̃ + σ_t z with μ̃ = √ᾱ_prev β/(1 − ᾱ_t) x̂_0 + √(ᾱ_t/ᾱ_prev)(1 − ᾱ_prev)/(1 − ᾱ_t) x_t."""
    for abar_t, abar_prev in ((0.36, 0.64), (0.02, 0.3), (0.5, 0.98), (0.9, 0.95)):
        x_t, eps, z = (rng.standard_normal((3, 4)) for _ in range(3))
        x_prev, x0 = kata.check("ddim_step", x_t, eps, abar_t, abar_prev, 1.0, z).value
        beta = 1.0 - abar_t / abar_prev
        mean = (np.sqrt(abar_prev) * beta / (1 - abar_t) * x0
                + np.sqrt(abar_t / abar_prev) * (1 - abar_prev) / (1 - abar_t) * x_t)
        sigma = np.sqrt(beta * (1 - abar_prev) / (1 - abar_t))
        require(np.allclose(x_prev, mean + sigma * z, rtol=1e-9, atol=1e-9),
                f"ᾱ_t = {abar_t}, ᾱ_prev = {abar_prev}, η = 1: x_prev is not DDPM's posterior mean + σ_t·z")


def test_deterministic_steps_recover_a_clean_sample(kata, rng):
    """With the true noise as ε_θ, η = 0 steps 0.1 → 0.5 → 0.9 → 1 land exactly on x_0, and x̂_0 = x_0 at every step."""
    x0, eps = rng.standard_normal((2, 3)), rng.standard_normal((2, 3))
    x = np.sqrt(0.1) * x0 + np.sqrt(0.9) * eps
    for abar_t, abar_prev in ((0.1, 0.5), (0.5, 0.9), (0.9, 1.0)):
        x, pred = kata.check("ddim_step", x, eps, abar_t, abar_prev).value
        require(np.allclose(pred, x0, rtol=1e-9, atol=1e-9), f"step {abar_t} → {abar_prev}: x̂_0 should equal x_0")
    require(np.allclose(x, x0, rtol=1e-9, atol=1e-9), "after the final step x_prev should equal x_0")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes up to (2, 3, 4, 4), ᾱ from 1e-4 to 1, η in {0, 0.3, 1, random}, |x_t| up to 1000."""
    shapes, arg_sets = ((5,), (2, 3), (2, 1, 4, 4), (2, 3, 4, 4), (1, 200)), []
    for shape in shapes:
        for eta in (0.0, 0.3, 1.0, float(rng.uniform(0, 1))):
            abar_t, abar_prev = np.sort(rng.uniform(1e-4, 1.0, size=2))
            if rng.random() < 0.25:
                abar_prev = 1.0
            x_t = rng.normal(0.0, float(rng.choice([1.0, 300.0])), size=shape)
            eps, z = rng.standard_normal(shape), rng.standard_normal(shape)
            arg_sets.append(((x_t, eps, float(abar_t), float(abar_prev), eta, z if eta > 0 else None), {}))
    arg_sets.append(((np.full(3, 1000.0), rng.standard_normal(3), 1e-4, 0.5, 1.0, rng.standard_normal(3)), {}))
    kata.check_each("ddim_step", arg_sets)


def test_integer_arrays_give_float_results(kata):
    """x_t = 2, ε = 1 as ints, ᾱ_t = 0.25 → 0.5625: x̂_0 = (2 − √0.75)/0.5 = 2.26795, x_prev = 0.75·x̂_0 + √0.4375·1."""
    kata.check("ddim_step", np.array([2, 2]), np.array([1, 1]), 0.25, 0.5625,
               expected=(np.full(2, 0.75 * (2 - 0.75 ** 0.5) / 0.5 + 0.4375 ** 0.5), np.full(2, (2 - 0.75 ** 0.5) / 0.5)))


def test_empty_inputs(kata):
    """An empty x_t (shape (0, 3)) gives empty results of that shape."""
    kata.check("ddim_step", np.zeros((0, 3)), np.zeros((0, 3)), 0.36, 0.64, 1.0, np.zeros((0, 3)),
               expected=(np.zeros((0, 3)), np.zeros((0, 3))))


def test_validation(kata):
    """ValueError for shapes that differ, ᾱ out of range or ᾱ_prev < ᾱ_t, η outside [0, 1], and η > 0 without noise."""
    cases = []
    cases.append(("ValueError", "ddim_step", (X_T, np.zeros(3), 0.36, 0.64), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, 1.0, np.zeros((2, 1))), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, 0.0, np.zeros(3)), {}))
    for abar_t, abar_prev in ((0.0, 0.5), (1.0, 1.0), (-0.1, 0.5), (0.36, 1.5), (0.64, 0.36)):
        cases.append(("ValueError", "ddim_step", (X_T, EPS, abar_t, abar_prev), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, -0.1, Z), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, 1.5, Z), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, 0.5), {}))
    cases.append(("ValueError", "ddim_step", (X_T, EPS, 0.36, 1.0, 1.0), {}))
    kata.raises_each(cases)


def test_nan_is_outside_every_range(kata):
    """ValueError for a NaN ᾱ_t, ᾱ_prev or η: NaN is in none of the ranges (every comparison with it is False)."""
    nan = float("nan")
    kata.raises_each([
        ("ValueError", "ddim_step", (X_T, EPS, nan, 0.64), {}),
        ("ValueError", "ddim_step", (X_T, EPS, 0.36, nan), {}),
        ("ValueError", "ddim_step", (X_T, EPS, 0.36, 0.64, nan, Z), {}),
    ])
