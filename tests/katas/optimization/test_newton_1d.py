"""Hidden tests for optimization/newton_1d: newton_1d(df, d2f, x0, *, n_steps)."""
import numpy as np

from grader.functions import LogCosh1D, Polynomial1D
from grader.testing import require

# f(x) = 3(x − 2)² = 12 − 12x + 3x²: f' = 6x − 12, f'' = 6.
PARABOLA = Polynomial1D([12.0, -12.0, 3.0])
# f(x) = x⁴: f' = 4x³, f'' = 12x², so a Newton step is x ↦ 2x/3.
QUARTIC = Polynomial1D([0.0, 0.0, 0.0, 0.0, 1.0])
# f(x) = x³/3 − x + 2/3: f' = x² − 1, f'' = 2x; the minimum is x = 1 (Heron's square root of 1).
CUBIC = Polynomial1D([2.0 / 3.0, -1.0, 0.0, 1.0 / 3.0])


def test_parabola_is_solved_in_one_step(kata):
    """f = 3(x − 2)² from x0 = 5: 5 − 18/6 = 2, the minimum, and Newton stays there."""
    kata.check("newton_1d", PARABOLA.derivative, PARABOLA.second_derivative, 5.0, n_steps=3,
               expected=np.array([5.0, 2.0, 2.0, 2.0]))


def test_quartic_by_hand(kata):
    """f = x⁴ from x0 = 3: each step is x − 4x³/12x² = 2x/3, so 3, 2, 4/3, 8/9."""
    kata.check("newton_1d", QUARTIC.derivative, QUARTIC.second_derivative, 3.0, n_steps=3,
               expected=np.array([3.0, 2.0, 4.0 / 3.0, 8.0 / 9.0]))


def test_cubic_by_hand(kata):
    """f' = x² − 1, f'' = 2x from x0 = 3: x ↦ (x² + 1)/2x gives 3, 5/3, 17/15."""
    kata.check("newton_1d", CUBIC.derivative, CUBIC.second_derivative, 3.0, n_steps=2,
               expected=np.array([3.0, 5.0 / 3.0, 17.0 / 15.0]))


def test_negative_curvature_heads_for_a_maximum(kata):
    """f = x³ − 3x from x0 = −2 (f'' < 0): Newton moves towards the maximum at −1: −1.25, −1.025."""
    f = Polynomial1D([0.0, -3.0, 0.0, 1.0])
    kata.check("newton_1d", f.derivative, f.second_derivative, -2.0, n_steps=2,
               expected=np.array([-2.0, -1.25, -1.025]))


def test_integer_start_point_gives_floats(kata):
    """x0 = 3 (an int) on f = x² + x: the trajectory is float64, 3, −0.5, −0.5 (not truncated)."""
    f = Polynomial1D([0.0, 1.0, 1.0])
    kata.check("newton_1d", f.derivative, f.second_derivative, 3, n_steps=2,
               expected=np.array([3.0, -0.5, -0.5]))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1,)."""
    kata.check("newton_1d", QUARTIC.derivative, QUARTIC.second_derivative, 1.5, n_steps=0,
               expected=np.array([1.5]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 = 3 (an int) and n_steps = 0: the trajectory [3.0] is float64 even though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [3.0]
    kata.check("newton_1d", QUARTIC.derivative, QUARTIC.second_derivative, 3, n_steps=0,
               expected=np.array([3.0]))


def test_random_convex_polynomials_match_reference(kata, rng):
    """Random convex quartics (f'' > 0 everywhere) from random start points."""
    arg_sets = []
    for _ in range(8):
        c4 = float(rng.uniform(0.1, 1.0))
        c3 = float(rng.uniform(-1.0, 1.0))
        c2 = 36 * c3 ** 2 / (96 * c4) + float(rng.uniform(0.1, 2.0))  # keeps f'' = 2c2 + 6c3x + 12c4x² > 0
        f = Polynomial1D([float(rng.uniform(-1, 1)), float(rng.uniform(-3, 3)), c2, c3, c4])
        arg_sets.append(((f.derivative, f.second_derivative, float(rng.uniform(-4, 4))),
                         {"n_steps": int(rng.integers(1, 9))}))
    kata.check_each("newton_1d", arg_sets)


def test_log_cosh_near_its_minimum_matches_reference(kata, rng):
    """f = log cosh(x − c) from less than 1 away from c: Newton converges (very fast)."""
    arg_sets = []
    for _ in range(6):
        c = float(rng.uniform(-2, 2))
        f = LogCosh1D(c)
        arg_sets.append(((f.derivative, f.second_derivative, c + float(rng.uniform(-0.9, 0.9))),
                         {"n_steps": int(rng.integers(1, 6))}))
    kata.check_each("newton_1d", arg_sets)


def test_log_cosh_far_away_overshoots(kata):
    """f = log cosh(x) from x0 = 1.2: f'' is small there, so each step overshoots further."""
    f = LogCosh1D(0.0)
    kata.check("newton_1d", f.derivative, f.second_derivative, 1.2, n_steps=3)


def test_zero_curvature_at_the_start_raises(kata):
    """f = x³ − 3x at x0 = 0 has f''(0) = 0: raise ValueError."""
    f = Polynomial1D([0.0, -3.0, 0.0, 1.0])
    kata.raises("ValueError", "newton_1d", f.derivative, f.second_derivative, 0.0, n_steps=3)


def test_zero_curvature_later_raises(kata):
    """log cosh from x0 = 1.2: by the 4th step x ≈ −517 where f'' underflows to 0.0: ValueError."""
    f = LogCosh1D(0.0)
    kata.raises("ValueError", "newton_1d", f.derivative, f.second_derivative, 1.2, n_steps=6)


def test_tiny_nonzero_curvature_does_not_raise(kata):
    """f = 5e-14·x²: f'' = 1e-13 is tiny but not 0, so no ValueError; one step lands on the minimum 0."""
    # by hand: f'(2) = 2e-13, f''(2) = 1e-13, x1 = 2 − 2e-13/1e-13 = 0; then f'(0) = 0 and x2 = 0
    f = Polynomial1D([0.0, 0.0, 5e-14])
    kata.check("newton_1d", f.derivative, f.second_derivative, 2.0, n_steps=2, expected=np.array([2.0, 0.0, 0.0]))


def test_flat_point_with_zero_gradient_raises(kata):
    """f = x⁴ at x0 = 0: f'(0) = 0 AND f''(0) = 0: still ValueError (zero curvature), not "already converged"."""
    kata.raises("ValueError", "newton_1d", QUARTIC.derivative, QUARTIC.second_derivative, 0.0, n_steps=2)


def test_error_roughly_squares_near_the_minimum(kata, rng):
    """On f' = x² − 1 the error e = x − 1 obeys e_next = e²/(2(1 + e)): it (more than) squares."""
    x0 = float(rng.uniform(1.2, 2.0))
    result = kata.call("newton_1d", CUBIC.derivative, CUBIC.second_derivative, x0, n_steps=5)
    errors = np.abs(np.asarray(result.value, dtype=float) - 1.0)
    require(errors.shape == (6,), f"{result.shown} should return 6 points, got shape {errors.shape}")
    for k in range(5):
        if errors[k] > 1e-7:
            require(errors[k + 1] <= errors[k] ** 2,
                    f"{result.shown}: near the minimum x = 1 the error should square at each step, but it "
                    f"went from {errors[k]:.3g} to {errors[k + 1]:.3g} (step {k})")
    require(errors[-1] < 1e-12, f"{result.shown}: after 5 steps Newton should be at 1 to 1e-12, got {result.value[-1]!r}")


def test_df_and_d2f_called_once_per_step(kata):
    """df and d2f are each evaluated exactly once per update (n_steps times in all)."""
    result = kata.call("newton_1d", QUARTIC.derivative, QUARTIC.second_derivative, 2.0, n_steps=5)
    for name in ("df", "d2f"):
        calls = result.calls.get(name, 0)
        require(calls == 5, f"{result.shown} called {name} {calls} times for 5 steps: evaluate each of "
                            f"df and d2f once per step (store the value in a variable)")
