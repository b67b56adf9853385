"""Hidden tests for optimization/line_search: backtracking_line_search(f, grad, x, direction, ...)."""
import numpy as np

from grader.functions import Quadratic, Rosenbrock, Sphere, SphereInBox
from grader.testing import require

X_SQUARED = Quadratic(A=[[2.0]], b=[0.0])  # f(x) = x², grad = 2x


def test_full_step_accepted_by_hand(kata):
    """f = x² at x = 1 along d = −1: alpha0 = 1 lands on the minimum and is accepted at once."""
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-1.0]),
               expected=1.0)


def test_sign_of_the_bound_by_hand(kata):
    """f = x², x = 1, d = −4, c = 0.5 (slope −8): alpha 1 and 0.5 fail, 0.25 lands exactly on the bound."""
    # alpha = 1:    f(−3) = 9 > 1 − 0.5·1·8    = −3
    # alpha = 0.5:  f(−1) = 1 > 1 − 0.5·0.5·8  = −1   (a bound of 1 + 0.5·0.5·8 = 3, sign flipped, accepts 0.5)
    # alpha = 0.25: f(0)  = 0 ≤ 1 − 0.5·0.25·8 = 0    (on the bound: ≤ accepts it)
    # The slope is taken at x; at the trial point 1 − 4·alpha it has the wrong sign and accepts alpha = 1.
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-4.0]),
               c=0.5, expected=0.25)


def test_overshoot_rejected_by_hand(kata):
    """f = x², x = 1, d = −2.5, c = 0.5: alpha 1 and 0.5 fail the Armijo test, 0.25 passes."""
    # alpha = 1:    f(−1.5)  = 2.25     > 1 − 0.5·1·5    = −1.5
    # alpha = 0.5:  f(−0.25) = 0.0625   > 1 − 0.5·0.5·5  = −0.25
    # alpha = 0.25: f(0.375) = 0.140625 ≤ 1 − 0.5·0.25·5 = 0.375
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-2.5]),
               c=0.5, expected=0.25)


def test_example_from_the_statement(kata):
    """f = x², x = 1, d = −1.5, c = 0.5: alpha 1 is rejected, 0.5 accepted."""
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-1.5]),
               c=0.5, expected=0.5)


def test_a_tiny_decrease_is_not_enough(kata):
    """f = x², x = 1, d = −1.9999: alpha 1 lowers f by only 2e-4 < c·|slope| = 4e-4, so 0.5 it is."""
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-1.9999]),
               expected=0.5)


def test_short_direction_uses_the_directional_derivative(kata):
    """f = x², x = 1, d = −0.5, c = 0.5: slope grad·d = −1, and alpha 1 passes (0.25 ≤ 1 − 0.5)."""
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-0.5]),
               c=0.5, expected=1.0)


def test_custom_alpha0_shrink_and_c_by_hand(kata):
    """f = x² at 1 along −1 with alpha0 = 3, shrink = 0.3, c = 0.5: tries 3, 0.9 and accepts 0.9."""
    # alpha = 3:   f(−2)  = 4    > 1 − 0.5·3·2   = −2
    # alpha = 0.9: f(0.1) = 0.01 ≤ 1 − 0.5·0.9·2 = 0.1
    kata.check("backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([1.0]), np.array([-1.0]),
               alpha0=3.0, shrink=0.3, c=0.5, expected=0.9)


def test_rosenbrock_steepest_descent_matches_reference(kata, rng):
    """Rosenbrock, d = −grad(x) from random points: many halvings are needed in the steep valley."""
    f = Rosenbrock()
    arg_sets = []
    for _ in range(8):
        x = rng.uniform(-1.5, 1.5, size=2)
        arg_sets.append(((f, f.grad, x, -f.grad(x)), {}))
    kata.check_each("backtracking_line_search", arg_sets)


def test_rosenbrock_random_directions_match_reference(kata, rng):
    """Rosenbrock, random descent directions (not −grad), random c, alpha0 and shrink."""
    f = Rosenbrock()
    done = 0
    arg_sets = []
    while done < 10:
        x = rng.uniform(-1.5, 1.5, size=2)
        direction = rng.standard_normal(2)
        if f.grad(x) @ direction >= 0:
            direction = -direction
        if abs(f.grad(x) @ direction) < 1e-3:
            continue
        arg_sets.append(((f, f.grad, x, direction),
                         {"alpha0": float(rng.uniform(0.5, 2.0)), "shrink": float(rng.uniform(0.2, 0.8)),
                          "c": float(rng.choice([1e-4, 0.1, 0.3, 0.5]))}))
        done += 1
    kata.check_each("backtracking_line_search", arg_sets)


def test_quadratics_in_several_dimensions_match_reference(kata, rng):
    """Random ill-conditioned quadratics in 3 to 6 dimensions, random descent directions."""
    arg_sets = []
    for _ in range(8):
        d = int(rng.integers(3, 7))
        f = Quadratic.random(rng, d, condition=50.0)
        x = rng.standard_normal(d) * 3
        direction = -f.grad(x) + 0.5 * rng.standard_normal(d) * np.linalg.norm(f.grad(x)) / np.sqrt(d)
        if f.grad(x) @ direction >= 0:
            direction = -f.grad(x)
        arg_sets.append(((f, f.grad, x, direction), {"c": float(rng.choice([1e-4, 0.25]))}))
    kata.check_each("backtracking_line_search", arg_sets)


def test_newton_direction_on_a_quadratic_takes_the_full_step(kata, rng):
    """On a quadratic the Newton direction −A⁻¹∇f lands on the minimum: alpha = 1 is accepted."""
    f = Quadratic.random(rng, 4, condition=100.0)
    x = rng.standard_normal(4) * 2
    direction = -np.linalg.solve(f.A, f.grad(x))
    kata.check("backtracking_line_search", f, f.grad, x, direction, c=0.25, expected=1.0)


def test_nan_at_a_trial_step_is_rejected(kata):
    """f is NaN outside |x| ≤ 1; from x = 1 along −2.5, alpha 1 gives NaN: rejected (NaN ≤ b is false)."""
    # alpha = 1:    f(−1.5)  = NaN      (rejected)
    # alpha = 0.5:  f(−0.25) = 0.0625   > 1 − 0.5·0.5·5  = −0.25
    # alpha = 0.25: f(0.375) = 0.140625 ≤ 1 − 0.5·0.25·5 = 0.375
    f = SphereInBox(1.0)
    kata.check("backtracking_line_search", f, f.grad, np.array([1.0]), np.array([-2.5]), c=0.5, expected=0.25)


def test_ascent_direction_raises(kata):
    """d = +grad(x) goes uphill (slope > 0): raise ValueError."""
    f = Rosenbrock()
    x = np.array([-1.0, 2.0])
    kata.raises("ValueError", "backtracking_line_search", f, f.grad, x, f.grad(x))


def test_orthogonal_direction_raises(kata):
    """Sphere at (1, 0) along (0, 1): grad(x) · d = 0, not a descent direction, so ValueError."""
    f = Sphere()
    kata.raises("ValueError", "backtracking_line_search", f, f.grad, np.array([1.0, 0.0]), np.array([0.0, 1.0]))


def test_zero_gradient_raises(kata):
    """At the minimum of x² the gradient is 0, so no direction descends: ValueError."""
    kata.raises("ValueError", "backtracking_line_search", X_SQUARED, X_SQUARED.grad, np.array([0.0]),
                np.array([-1.0]))


def test_accepted_step_is_the_first_that_satisfies_armijo(kata, rng):
    """The returned alpha is alpha0·shrink^k, satisfies Armijo, and alpha/shrink (if tried) did not."""
    f = Rosenbrock()
    for _ in range(5):
        x = rng.uniform(-1.2, 1.2, size=2)
        direction = -f.grad(x)
        result = kata.call("backtracking_line_search", f, f.grad, x, direction, alpha0=1.0, shrink=0.5, c=0.1)
        alpha = result.value
        require(isinstance(alpha, (float, np.floating)) and alpha > 0,
                f"{result.shown} should return a positive float, got {alpha!r}")
        k = np.log(alpha) / np.log(0.5)
        require(abs(k - round(k)) < 1e-9,
                f"{result.shown} returned {alpha!r}, which is not 1.0 · 0.5^k for a whole number k")
        slope = f.grad(x) @ direction
        require(f(x + alpha * direction) <= f(x) + 0.1 * alpha * slope,
                f"{result.shown} returned alpha = {alpha!r}, which does not satisfy the Armijo condition")
        if alpha < 1.0:
            previous = alpha / 0.5
            require(f(x + previous * direction) > f(x) + 0.1 * previous * slope,
                    f"{result.shown} returned alpha = {alpha!r}, but the larger {previous!r} already "
                    f"satisfies the Armijo condition: return the first alpha that does")


def test_grad_is_called_once(kata, rng):
    """grad is evaluated exactly once, at x: the slope does not change while alpha shrinks."""
    f = Rosenbrock()
    x = np.array([-1.2, 1.0])
    result = kata.call("backtracking_line_search", f, f.grad, x, -f.grad(x))
    calls = result.calls.get("grad", 0)
    require(calls == 1, f"{result.shown} called grad {calls} times; call it exactly once, at x, "
                        f"and keep the slope grad(x) · direction for every trial alpha")
