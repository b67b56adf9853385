"""Hidden tests for generative/ddpm_step: q_sample, reverse_mean, reverse_variance, p_sample_step."""
import math

import numpy as np

B = np.array([0.1, 0.2, 0.3])            # α = [0.9, 0.8, 0.7], ᾱ = [0.9, 0.72, 0.504]
ALPHA_BAR = [0.9, 0.72, 0.504]
X = np.array([1.0, -2.0, 0.7])
E = np.array([0.5, 0.3, -1.2])
Z = np.array([0.8, -1.5, 2.0])


def _linear(T):
    return np.linspace(1e-4, 0.02, T)


# -- q_sample -------------------------------------------------------------------------------------
def test_q_sample_by_hand_at_first_middle_and_last_step(kata):
    """betas [0.1, 0.2, 0.3]: t = 0 gives √0.9·x0 + √0.1·eps, t = 1 √0.72·x0 + √0.28·eps, t = 2 √0.504·x0 + √0.496·eps."""
    for t, ab in enumerate(ALPHA_BAR):
        kata.check("q_sample", X, t, E, B, expected=math.sqrt(ab) * X + math.sqrt(1 - ab) * E)


def test_q_sample_with_zero_noise_or_zero_signal(kata):
    """eps = 0 leaves √ᾱ_t·x0 (√0.72·x0 at t = 1); x0 = 0 leaves √(1 − ᾱ_t)·eps (√0.496·eps at t = 2)."""
    kata.check("q_sample", X, 1, np.zeros(3), B, expected=math.sqrt(0.72) * X)
    kata.check("q_sample", np.zeros(3), 2, E, B, expected=math.sqrt(0.496) * E)


def test_q_sample_any_shape_and_integer_inputs(kata):
    """A (2, 2) integer x0 and eps at t = 0: float64, √0.9·x0 + √0.1·eps; an empty (0, 3) array gives an empty result."""
    x0, eps = np.array([[1, 2], [3, 4]]), np.array([[1, 0], [-1, 2]])
    kata.check("q_sample", x0, 0, eps, B, expected=math.sqrt(0.9) * x0 + math.sqrt(0.1) * eps)
    kata.check("q_sample", np.zeros((0, 3)), 1, np.zeros((0, 3)), B, expected=np.zeros((0, 3)))
    kata.check("p_sample_step", np.zeros((0, 3)), 2, np.zeros((0, 3)), np.zeros((0, 3)), B, expected=np.zeros((0, 3)))


def test_q_sample_linear_schedule_ends(kata):
    """Linear T = 1000 (1e-4 to 0.02): at t = 0 ᾱ = 0.9999; at t = 999 ᾱ = Π(1 − β) ≈ 4.036e-5, almost pure noise."""
    betas = _linear(1000)
    for t in (0, 999):
        ab = math.prod(1.0 - betas[: t + 1])
        kata.check("q_sample", X, t, E, betas, expected=math.sqrt(ab) * X + math.sqrt(1 - ab) * E)


# -- reverse_mean ---------------------------------------------------------------------------------
def test_reverse_mean_by_hand(kata):
    """μ = (x_t − β_t/√(1 − ᾱ_t)·eps_pred)/√α_t: t = 0 (x − 0.1/√0.1·e)/√0.9, t = 1 (x − 0.2/√0.28·e)/√0.8, t = 2 (x − 0.3/√0.496·e)/√0.7."""
    for t, ab in enumerate(ALPHA_BAR):
        beta = B[t]
        kata.check("reverse_mean", X, t, E, B, expected=(X - beta / math.sqrt(1 - ab) * E) / math.sqrt(1 - beta))


def test_reverse_mean_at_t_zero_recovers_x0(kata):
    """At t = 0, 1 − ᾱ_0 = β_0: the mean from x_t = q_sample(x0, 0, eps) with the true eps is x0 itself."""
    x_t = math.sqrt(0.9) * X + math.sqrt(0.1) * E
    kata.check("reverse_mean", x_t, 0, E, B, expected=X.copy())


def test_reverse_mean_is_the_gaussian_posterior_mean(kata):
    """With the true eps, μ equals q(x_{t−1} | x_t, x0)'s mean √ᾱ_{t−1}β_t/(1 − ᾱ_t)·x0 + √α_t(1 − ᾱ_{t−1})/(1 − ᾱ_t)·x_t."""
    betas = np.linspace(0.05, 0.4, 6)
    alpha_bars = np.cumprod(1 - betas)
    for t in (1, 3, 5):
        ab, prev = alpha_bars[t], alpha_bars[t - 1]
        x_t = math.sqrt(ab) * X + math.sqrt(1 - ab) * E
        want = math.sqrt(prev) * betas[t] / (1 - ab) * X + math.sqrt(1 - betas[t]) * (1 - prev) / (1 - ab) * x_t
        kata.check("reverse_mean", x_t, t, E, betas, expected=want)


# -- reverse_variance -----------------------------------------------------------------------------
def test_reverse_variance_beta(kata):
    """variance="beta": σ_t² = β_t, 0.1, 0.2 and 0.3 at t = 0, 1, 2."""
    for t in range(3):
        kata.check("reverse_variance", t, B, "beta", expected=float(B[t]))


def test_reverse_variance_posterior(kata):
    """variance="posterior": β̃_0 = 0 (ᾱ_{−1} = 1), β̃_1 = (0.1/0.28)·0.2 = 0.0714286, β̃_2 = (0.28/0.496)·0.3 = 0.1693548."""
    for t, want in enumerate((0.0, 0.1 / 0.28 * 0.2, 0.28 / 0.496 * 0.3)):
        kata.check("reverse_variance", t, B, expected=want)
    kata.check("reverse_variance", 2, B, variance="posterior", expected=0.28 / 0.496 * 0.3)


def test_reverse_variance_one_step_schedule(kata):
    """T = 1, betas [0.37]: the posterior variance at t = 0 is 0, the "beta" one 0.37."""
    kata.check("reverse_variance", 0, np.array([0.37]), expected=0.0)
    kata.check("reverse_variance", 0, np.array([0.37]), "beta", expected=0.37)


# -- p_sample_step ---------------------------------------------------------------------------------
def test_p_sample_step_adds_sigma_times_z(kata):
    """t = 2: x_prev = μ + √β̃_2·z with the posterior variance (√0.1693548), μ + √0.3·z with "beta"; t = 1: μ + √0.0714286·z."""
    mu2 = (X - 0.3 / math.sqrt(0.496) * E) / math.sqrt(0.7)
    kata.check("p_sample_step", X, 2, E, Z, B, expected=mu2 + math.sqrt(0.28 / 0.496 * 0.3) * Z)
    kata.check("p_sample_step", X, 2, E, Z, B, "beta", expected=mu2 + math.sqrt(0.3) * Z)
    mu1 = (X - 0.2 / math.sqrt(0.28) * E) / math.sqrt(0.8)
    kata.check("p_sample_step", X, 1, E, Z, B, variance="posterior", expected=mu1 + math.sqrt(0.1 / 0.28 * 0.2) * Z)
    kata.check("p_sample_step", X, 1, E, Z, B, variance="beta", expected=mu1 + math.sqrt(0.2) * Z)


def test_p_sample_step_adds_no_noise_at_t_zero(kata):
    """t = 0 returns the mean (x − √0.1·e)/√0.9 with either variance, whatever z (here z = 1000)."""
    mu0 = (X - math.sqrt(0.1) * E) / math.sqrt(0.9)
    big = np.full(3, 1000.0)
    kata.check("p_sample_step", X, 0, E, big, B, "beta", expected=mu0)
    kata.check("p_sample_step", X, 0, E, big, B, "posterior", expected=mu0.copy())


def test_p_sample_step_zero_noise_is_the_mean(kata):
    """z = 0 at t = 1: x_prev is the mean, (x − 0.2/√0.28·e)/√0.8."""
    kata.check("p_sample_step", X, 1, E, np.zeros(3), B, "beta", expected=(X - 0.2 / math.sqrt(0.28) * E) / math.sqrt(0.8))


def test_p_sample_step_last_step_of_a_long_schedule(kata):
    """Linear T = 1000 at t = 999 (the first reverse step), both variances, against the formulas."""
    betas = _linear(1000)
    ab = np.cumprod(1.0 - betas)
    t = 999
    mu = (X - betas[t] / math.sqrt(1 - ab[t]) * E) / math.sqrt(1 - betas[t])
    kata.check("p_sample_step", X, t, E, Z, betas, "beta", expected=mu + math.sqrt(betas[t]) * Z)
    post = (1 - ab[t - 1]) / (1 - ab[t]) * betas[t]
    kata.check("p_sample_step", X, t, E, Z, betas, expected=mu + math.sqrt(post) * Z)


def test_extreme_betas_of_a_clipped_cosine_schedule(kata):
    """betas [1e-4, 0.999]: t = 1 has ᾱ = 0.9999·0.001, the mean divides by √0.001 and β̃_1 = (1e-4/(1 − ᾱ_1))·0.999."""
    betas = np.array([1e-4, 0.999])
    ab1 = 0.9999 * 0.001
    kata.check("q_sample", X, 1, E, betas, expected=math.sqrt(ab1) * X + math.sqrt(1 - ab1) * E)
    mean = (X - 0.999 / math.sqrt(1 - ab1) * E) / math.sqrt(0.001)
    kata.check("reverse_mean", X, 1, E, betas, expected=mean)
    kata.check("reverse_variance", 1, betas, expected=1e-4 / (1 - ab1) * 0.999)
    kata.check("p_sample_step", X, 1, E, Z, betas, "beta", expected=mean + math.sqrt(0.999) * Z)
    kata.check("p_sample_step", X, 0, E, Z, betas, "beta", expected=(X - math.sqrt(1e-4) * E) / math.sqrt(0.9999))


# -- every function ---------------------------------------------------------------------------------
def test_numpy_integer_step(kata):
    """t may be a numpy integer: np.int64(1) works as 1 does, in every function."""
    t = np.int64(1)
    kata.check("q_sample", X, t, E, B, expected=math.sqrt(0.72) * X + math.sqrt(0.28) * E)
    kata.check("reverse_mean", X, t, E, B, expected=(X - 0.2 / math.sqrt(0.28) * E) / math.sqrt(0.8))
    kata.check("reverse_variance", t, B, expected=0.1 / 0.28 * 0.2)
    kata.check("p_sample_step", X, t, E, Z, B, "beta", expected=(X - 0.2 / math.sqrt(0.28) * E) / math.sqrt(0.8) + math.sqrt(0.2) * Z)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random schedules (T up to 1000, β in (0, 0.5)), random t, shapes up to (3, 4, 5)."""
    calls = {"q_sample": [], "reverse_mean": [], "reverse_variance": [], "p_sample_step": []}
    for T, shape in ((1, (4,)), (2, (2, 3)), (50, (3, 4, 5)), (1000, (7,))):
        betas = np.sort(rng.uniform(1e-4, 0.5, size=T))
        x, e, z = rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape)
        for t in sorted({0, T - 1, int(rng.integers(0, T))}):
            calls["q_sample"].append(((x, t, e, betas), {}))
            calls["reverse_mean"].append(((x, t, e, betas), {}))
            calls["reverse_variance"].append(((t, betas, "posterior"), {}))
            calls["p_sample_step"] += [((x, t, e, z, betas, "posterior"), {}), ((x, t, e, z, betas, "beta"), {})]
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_validation(kata):
    """ValueError: betas not 1-D, empty or outside (0, 1); t outside [0, T − 1] or not an int; 0-d or mismatched arrays; unknown variance."""
    cases = []
    for bad in (np.zeros((2, 2)) + 0.1, np.array([]), np.array([0.1, 0.0]), np.array([0.1, 1.0]), np.array([1.2]), np.array([-0.1])):
        cases.append(("ValueError", "q_sample", (X, 0, E, bad), {}))
        cases.append(("ValueError", "reverse_variance", (0, bad, "beta"), {}))
    for t in (-1, 3, 1.0, True):
        cases.append(("ValueError", "q_sample", (X, t, E, B), {}))
        cases.append(("ValueError", "reverse_mean", (X, t, E, B), {}))
        cases.append(("ValueError", "reverse_variance", (t, B), {}))
        cases.append(("ValueError", "p_sample_step", (X, t, E, Z, B), {}))
    cases.append(("ValueError", "q_sample", (np.array(1.0), 0, np.array(1.0), B), {}))
    cases.append(("ValueError", "q_sample", (X, 0, E[:2], B), {}))
    cases.append(("ValueError", "reverse_mean", (X, 1, E.reshape(3, 1), B), {}))
    cases.append(("ValueError", "reverse_mean", (np.array(2.0), 1, np.array(0.5), B), {}))
    cases.append(("ValueError", "p_sample_step", (X, 1, E, Z[:2], B), {}))
    cases.append(("ValueError", "p_sample_step", (X, 0, E, Z[:2], B), {}))
    cases.append(("ValueError", "p_sample_step", (X, 1, E[:2], Z, B), {}))
    cases.append(("ValueError", "reverse_variance", (1, B, "fixed_small"), {}))
    cases.append(("ValueError", "p_sample_step", (X, 1, E, Z, B, "large"), {}))
    cases.append(("ValueError", "p_sample_step", (X, 0, E, Z, B, "large"), {}))
    kata.raises_each(cases)


def test_validation_of_shapes_that_would_broadcast(kata):
    """ValueError for shapes numpy would broadcast silently (a size-1 axis): eps, eps_pred or z (1,) or (3, 1) against x (3,), the other way round; betas (1, T) or (T, 1)."""
    one, col = np.array([0.5]), E.reshape(3, 1)
    X2 = np.array([[1.0, -2.0, 0.7], [0.1, 0.2, 0.3]])
    cases = []
    for t in (0, 1):
        cases.append(("ValueError", "q_sample", (X, t, one, B), {}))
        cases.append(("ValueError", "q_sample", (X, t, col, B), {}))
        cases.append(("ValueError", "q_sample", (np.array([1.0]), t, E, B), {}))
        cases.append(("ValueError", "q_sample", (X2, t, E.reshape(1, 3), B), {}))
        cases.append(("ValueError", "reverse_mean", (X, t, one, B), {}))
        cases.append(("ValueError", "reverse_mean", (X, t, col, B), {}))
        cases.append(("ValueError", "reverse_mean", (np.array([1.0]), t, E, B), {}))
        cases.append(("ValueError", "p_sample_step", (X, t, E, one, B), {}))
        cases.append(("ValueError", "p_sample_step", (X, t, E, col, B), {}))
        cases.append(("ValueError", "p_sample_step", (X, t, one, Z, B), {}))
        cases.append(("ValueError", "p_sample_step", (np.array([1.0]), t, one, Z, B), {}))
        cases.append(("ValueError", "p_sample_step", (X2, t, X2, Z.reshape(1, 3), B, "beta"), {}))
    for bad in (B[None, :], B[:, None]):      # betas (1, T) or (T, 1): not 1-D
        cases.append(("ValueError", "q_sample", (X, 0, E, bad), {}))
        cases.append(("ValueError", "reverse_mean", (X, 0, E, bad), {}))
        cases.append(("ValueError", "reverse_variance", (0, bad, "beta"), {}))
        cases.append(("ValueError", "p_sample_step", (X, 0, E, Z, bad), {}))
    kata.raises_each(cases)
