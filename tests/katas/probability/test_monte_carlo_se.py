"""Hidden tests for probability/monte_carlo_se: monte_carlo_mean(f, n, *, seed), monte_carlo_antithetic(f, n_pairs, *, seed)."""
import math

from grader.functions_probability import Exp, Power, Step
from grader.testing import require


def test_step_function_by_hand(kata):
    """Step(0.5), seed 0, n = 4: y = [0, 1, 1, 1] → mean 0.75, s = √(0.75/3) = 0.5, se = 0.5/√4 = 0.25."""
    kata.check("monte_carlo_mean", Step(0.5), 4, seed=0, expected=(0.75, 0.25))


def test_identity_by_hand(kata):
    """Power(1), seed 0, n = 4: y = u = [0.63696169, 0.26978671, 0.04097352, 0.01652764] → (0.2410624, 0.1437628)."""
    # mean = 0.96424956/4 = 0.24106239; deviations 0.3959, 0.0287, −0.2001, −0.2245;
    # Σ dev² = 0.2480063 → s² = 0.0826688 (÷3), s = 0.2875254, se = s/2 = 0.1437628
    kata.check("monte_carlo_mean", Power(1), 4, seed=0, expected=(0.2410623901375121, 0.14376275325560284))


def test_antithetic_step_by_hand(kata):
    """Step(0.5), seed 0, 4 pairs: f(u) = [0, 1, 1, 1], f(1 − u) = [1, 0, 0, 0], every pair averages 0.5 → (0.5, 0.0)."""
    kata.check("monte_carlo_antithetic", Step(0.5), 4, seed=0, expected=(0.5, 0.0), rtol=0.0, atol=0.0)


def test_antithetic_identity_is_exact(kata):
    """Power(1): (u + (1 − u))/2 = 0.5 for every pair → estimate 0.5, standard error 0 (up to rounding)."""
    kata.check("monte_carlo_antithetic", Power(1), 10, seed=3, expected=(0.5, 0.0), atol=1e-15)


def test_antithetic_square_by_hand(kata):
    """Power(2), seed 0, 2 pairs: y = (u² + (1 − u)²)/2 for u = 0.63696169, 0.26978671 → (0.285878, 0.017120)."""
    # u = 0.63696169: (0.40572 + 0.13180)/2 = 0.26876; u = 0.26978671: (0.07278 + 0.53320)/2 = 0.30299
    # mean 0.285878, s = |0.268758 − 0.302998|/√2 = 0.024211, se = s/√2 = 0.017120
    a = (0.63696169 ** 2 + (1 - 0.63696169) ** 2) / 2
    b = (0.26978671 ** 2 + (1 - 0.26978671) ** 2) / 2
    kata.check("monte_carlo_antithetic", Power(2), 2, seed=0, expected=((a + b) / 2, abs(a - b) / 2), rtol=1e-7)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random integrands, sample sizes and seeds, plain and antithetic."""
    plain, antithetic = [], []
    for _ in range(6):
        n, seed = int(rng.integers(2, 300)), int(rng.integers(0, 10**6))
        for f in (Power(float(rng.uniform(0.5, 4))), Exp(), Step(float(rng.uniform(0.1, 0.9)))):
            plain.append(((f, n), {"seed": seed}))
            antithetic.append(((f, n), {"seed": seed}))
    kata.check_each("monte_carlo_mean", plain)
    kata.check_each("monte_carlo_antithetic", antithetic)


def test_two_samples(kata):
    """n = 2 (the smallest allowed): Power(1), seed 0 → y = [0.63696169, 0.26978671], se = |difference|/2."""
    kata.check("monte_carlo_mean", Power(1), 2, seed=0,
               expected=((0.63696169 + 0.26978671) / 2, (0.63696169 - 0.26978671) / 2), rtol=1e-7)


def test_constant_draws_give_zero_error(kata):
    """Step(1.0) is 1 on all of [0, 1): estimate 1.0 and standard error exactly 0.0, both floats."""
    kata.check("monte_carlo_mean", Step(1.0), 50, seed=4, expected=(1.0, 0.0), rtol=0.0, atol=0.0)


def test_too_few_samples_raise(kata):
    """ValueError for n = 1, n = 0 and n_pairs = 1."""
    kata.raises("ValueError", "monte_carlo_mean", Power(1), 1, seed=0)
    kata.raises("ValueError", "monte_carlo_mean", Power(1), 0, seed=0)
    kata.raises("ValueError", "monte_carlo_antithetic", Power(1), 1, seed=0)


def _calls_f_on_whole_arrays(kata):
    """f is called once by monte_carlo_mean and twice by monte_carlo_antithetic (checked on a
    small n first, so code that calls f per point fails here instead of running out of time)."""
    result = kata.call("monte_carlo_mean", Exp(), 100, seed=1)
    calls = result.calls.get("f", 0)
    require(calls == 1, f"{result.shown} called f {calls} time(s): call f once, on the whole array u")
    result = kata.call("monte_carlo_antithetic", Exp(), 100, seed=1)
    calls = result.calls.get("f", 0)
    require(calls == 2, f"{result.shown} called f {calls} time(s): call it exactly twice, f(u) and f(1 − u)")


def test_f_is_called_on_whole_arrays(kata):
    """The contract: f is called once by monte_carlo_mean and twice by monte_carlo_antithetic."""
    _calls_f_on_whole_arrays(kata)


def test_estimate_within_its_error_and_error_of_the_right_size(kata):
    """Power(2), 100 000 samples (seed 5): |estimate − 1/3| < 5.5·σ/√n and se within 2% of σ/√n (σ² = 4/45)."""
    _calls_f_on_whole_arrays(kata)
    n, sigma = 100_000, math.sqrt(4 / 45)
    result = kata.call("monte_carlo_mean", Power(2), n, seed=5)
    estimate, se = result.value
    require(abs(estimate - 1 / 3) < 5.5 * sigma / math.sqrt(n),
            f"{result.shown} estimated {estimate:.6f}; E[U²] = 1/3 (±{5.5 * sigma / math.sqrt(n):.4f})")
    require(abs(se / (sigma / math.sqrt(n)) - 1) < 0.02,
            f"{result.shown} gave standard error {se:.3g}; it should be about σ/√n = {sigma / math.sqrt(n):.3g}")


def test_antithetic_reduces_the_error_for_monotone_f(kata):
    """Exp(), same budget of 100 000 evaluations: the antithetic se is about 0.18× the plain one (bound 0.25)."""
    _calls_f_on_whole_arrays(kata)
    plain = kata.call("monte_carlo_mean", Exp(), 100_000, seed=6)
    anti = kata.call("monte_carlo_antithetic", Exp(), 50_000, seed=6)
    (e_plain, se_plain), (e_anti, se_anti) = plain.value, anti.value
    require(abs(e_anti - (math.e - 1)) < 5.5 * math.sqrt(0.0039125 / 50_000),
            f"{anti.shown} estimated {e_anti:.6f}; E[exp(U)] = e − 1 = {math.e - 1:.6f}")
    require(se_anti < 0.25 * se_plain,
            f"{anti.shown} gave standard error {se_anti:.3g}, but {plain.shown} gave {se_plain:.3g}: for a monotone f "
            f"antithetic pairs should cut it to about 0.18×; compute the error from the n_pairs pair averages")
