"""Hidden tests for numerics/conjugate_gradient: conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None)."""
import numpy as np

from grader.testing import require

A2 = np.array([[4.0, 1.0], [1.0, 3.0]])
B2 = np.array([1.0, 2.0])
EXACT = np.array([1.0, 7.0]) / 11.0


def _spd(rng, n, spread=10.0):
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    A = (q * rng.uniform(1.0, spread, n)) @ q.T
    return (A + A.T) / 2


def test_one_iteration_by_hand(kata):
    """A = [[4, 1], [1, 3]], b = [1, 2], max_iter = 1: α = 5/20, x_1 = [0.25, 0.5], n_iter 1."""
    kata.check("conjugate_gradient", A2, B2, max_iter=1, expected=(np.array([0.25, 0.5]), 1))


def test_two_iterations_reach_the_solution(kata):
    """The same system: β = 0.3125/5, α = 4/11, x_2 = [1/11, 7/11] (exact in two steps), n_iter 2."""
    kata.check("conjugate_gradient", A2, B2, expected=(EXACT, 2), atol=1e-14)


def test_multiple_of_identity_takes_one_step(kata):
    """A = 2I, b = [2, 4]: one step lands on x = [1, 2]; the residual is then 0, n_iter 1."""
    kata.check("conjugate_gradient", 2.0 * np.eye(2), np.array([2.0, 4.0]), expected=(np.array([1.0, 2.0]), 1))


def test_start_from_x0_by_hand(kata):
    """x0 = [2, 1], max_iter = 1: r_0 = [−8, −3], α = 73/331, x_1 = [2 − 584/331, 1 − 219/331]."""
    alpha = 73.0 / 331.0
    kata.check("conjugate_gradient", A2, B2, x0=np.array([2.0, 1.0]), max_iter=1,
               expected=(np.array([2.0 - 8.0 * alpha, 1.0 - 3.0 * alpha]), 1))


def test_threshold_scales_with_b_and_equality_stops(kata):
    """A and b scaled by 1/16, tol = 0.25: ‖r_1‖ = √0.3125/16 = tol·‖b‖ exactly, so it stops after one step (≤, relative)."""
    # Scaling by a power of two is exact: r_1 = [−0.5, 0.25]/16 and tol·‖b‖ = 0.25·√5/16 are
    # the scale-1 values over 16, equal in floating point as at scale 1. x = [0.25, 0.5], n_iter 1.
    # A strict '<' takes a second step (x = [1/11, 7/11], n_iter 2); an absolute tolerance
    # stops before any step, since ‖b‖ = √5/16 ≈ 0.14 ≤ 0.25 (x = 0, n_iter 0).
    kata.check("conjugate_gradient", A2 / 16.0, B2 / 16.0, tol=0.25, expected=(np.array([0.25, 0.5]), 1))


def test_residual_equal_to_the_threshold_stops(kata):
    """tol = 0.25: after one step ‖r_1‖ = √0.3125 = 0.25·√5 = tol·‖b‖ exactly, so it stops there (≤): n_iter 1."""
    kata.check("conjugate_gradient", A2, B2, tol=0.25, expected=(np.array([0.25, 0.5]), 1))


def test_residual_just_above_the_threshold_goes_on(kata):
    """tol = 0.2: ‖r_1‖ = 0.559 > 0.2·√5 = 0.447, so a second step runs: x = [1/11, 7/11], n_iter 2."""
    kata.check("conjugate_gradient", A2, B2, tol=0.2, expected=(EXACT, 2), atol=1e-14)


def test_tolerance_is_relative_to_b_not_to_the_start(kata):
    """x0 = [2, 1], tol = 1: ‖r_0‖ = √73 > 1·‖b‖ = √5, so one step runs; ‖r_1‖ ≈ 0.80 ≤ √5 stops it (n_iter 1)."""
    # Relative to ‖r_0‖ instead, r_0 itself would pass (√73 ≤ 1·√73) and nothing would be done.
    alpha = 73.0 / 331.0
    kata.check("conjugate_gradient", A2, B2, x0=np.array([2.0, 1.0]), tol=1.0,
               expected=(np.array([2.0 - 8.0 * alpha, 1.0 - 3.0 * alpha]), 1))


def test_start_residual_is_checked_first(kata):
    """tol = 1 from x = 0: ‖r_0‖ = ‖b‖ ≤ 1·‖b‖, so nothing is done: x = [0, 0], n_iter 0."""
    kata.check("conjugate_gradient", A2, B2, tol=1.0, expected=(np.zeros(2), 0))


def test_exact_start_does_no_work(kata):
    """x0 already the solution of 2I x = [2, 4]: r_0 = 0, n_iter 0, x = x0 (a new array)."""
    kata.check("conjugate_gradient", 2.0 * np.eye(2), np.array([2.0, 4.0]), x0=np.array([1.0, 2.0]),
               expected=(np.array([1.0, 2.0]), 0))


def test_zero_iterations(kata):
    """max_iter = 0: x0 comes back (as a new array), n_iter 0."""
    kata.check("conjugate_gradient", A2, B2, x0=np.array([0.3, -0.7]), max_iter=0,
               expected=(np.array([0.3, -0.7]), 0))


def test_zero_right_hand_side(kata):
    """b = 0 from x = 0: ‖r_0‖ = 0 ≤ tol·0, so x = 0 and n_iter 0."""
    kata.check("conjugate_gradient", A2, np.zeros(2), expected=(np.zeros(2), 0))


def test_one_by_one(kata):
    """A = [[2.5]], b = [0.7]: one step gives x = [0.28], n_iter 1."""
    kata.check("conjugate_gradient", np.array([[2.5]]), np.array([0.7]), expected=(np.array([0.28]), 1))


def test_integer_input_gives_float64(kata):
    """Int A = [[4, 1], [1, 3]] and b = [1, 2]: float64 x = [1/11, 7/11], n_iter 2."""
    kata.check("conjugate_gradient", np.array([[4, 1], [1, 3]]), np.array([1, 2]), expected=(EXACT, 2), atol=1e-14)


def test_tiny_scale_by_hand(kata):
    """A and b both scaled by 1e-100: the tolerance is relative, so x = [1/11, 7/11] after 2 steps, as at scale 1."""
    kata.check("conjugate_gradient", 1e-100 * A2, 1e-100 * B2, expected=(EXACT, 2), atol=1e-14)


def test_huge_scale_by_hand(kata):
    """A and b both scaled by 1e100: x = [1/11, 7/11], n_iter 2."""
    kata.check("conjugate_gradient", 1e100 * A2, 1e100 * B2, expected=(EXACT, 2), atol=1e-14)


def test_default_max_iter_is_ten_n(kata):
    """tol = 0 on a 3×3 system whose residual never reaches exactly 0 is cut off after 10·3 = 30 updates."""
    # The reference reaches the solution in 3 steps; later steps only shuffle rounding errors.
    A = np.array([[3.0, 0.1, 0.2], [0.1, 2.0, 0.3], [0.2, 0.3, 1.7]])
    result = kata.call("conjugate_gradient", A, np.array([0.7, 0.1, 0.3]), tol=0.0)
    x, n_iter = result.value
    require(n_iter == 30 or np.all(A @ np.asarray(x) == np.array([0.7, 0.1, 0.3])),
            f"with tol = 0 and max_iter = None (10·n = 30) it should stop after 30 updates, not {n_iter}")
    require(np.allclose(A @ np.asarray(x), [0.7, 0.1, 0.3], atol=1e-12), "x should solve A x = b")


def test_residual_is_updated_not_recomputed(kata):
    """A = diag(1, 2, 3), b = [1, 1, 1], tol = 1e-20, max_iter = 4: the UPDATED residual r − α Ap is not exactly 0 after 3 steps, so n_iter = 4."""
    # Three distinct eigenvalues: in exact arithmetic step 3 lands on x = [1, 1/2, 1/3]. In
    # floating point, b − A x is then exactly 0 (1·1, 2·0.5 and 3·fl(1/3) all round to 1), so a
    # recomputed residual stops at n_iter 3; the updated r_3 = r_2 − α Ap_2 keeps rounding noise
    # (~1e-17, whatever the order of the sums), above 1e-20·√3, so a 4th (tiny) step runs.
    # max_iter = 4 caps it: how many more tiny steps follow depends on the rounding of rᵀr.
    kata.check("conjugate_gradient", np.diag([1.0, 2.0, 3.0]), np.ones(3), tol=1e-20, max_iter=4,
               expected=(np.array([1.0, 0.5, 1.0 / 3.0]), 4), atol=1e-15)


def test_matches_reference_on_random_systems(kata, rng):
    """Random SPD systems, n ≤ 10, random x0 and tol: x and n_iter against the reference."""
    for n, tol, max_iter in ((3, 1e-8, None), (5, 1e-3, None), (8, 1e-10, None), (10, 1e-6, 4), (6, 0.5, None)):
        A, b = _spd(rng, n), rng.standard_normal(n)
        x0 = rng.standard_normal(n) if n % 2 == 0 else None
        kata.check("conjugate_gradient", A, b, x0=x0, tol=tol, max_iter=max_iter, atol=1e-10)


def test_residual_meets_the_tolerance(kata, rng):
    """On a random 9×9 system with tol = 1e-9, the returned x has ‖b − A x‖ ≤ ~1e-9·‖b‖ within ≤ 90 steps."""
    A, b = _spd(rng, 9), rng.standard_normal(9)
    x, n_iter = kata.call("conjugate_gradient", A, b, tol=1e-9).value
    residual = np.linalg.norm(b - A @ np.asarray(x))
    require(residual <= 1.01e-9 * np.linalg.norm(b), f"‖b − A x‖ = {residual:.3g} is above 1e-9·‖b‖")
    require(0 < n_iter <= 90, f"n_iter = {n_iter}")


def test_zero_curvature_raises(kata):
    """A = diag(1, 0), b = [0, 1]: p = [0, 1] has pᵀAp = 0: ValueError (not a division by zero)."""
    kata.raises("ValueError", "conjugate_gradient", np.diag([1.0, 0.0]), np.array([0.0, 1.0]))


def test_negative_curvature_raises(kata):
    """A = diag(1, −1), b = [0, 1]: pᵀAp = −1: ValueError."""
    kata.raises("ValueError", "conjugate_gradient", np.diag([1.0, -1.0]), np.array([0.0, 1.0]))


def test_nan_curvature_raises(kata):
    """A = [[nan]], b = [1]: pᵀAp is NaN, which is not > 0: ValueError."""
    kata.raises("ValueError", "conjugate_gradient", np.array([[np.nan]]), np.array([1.0]))


def test_bad_shapes_raise(kata):
    """A non-square A, a b of the wrong length, or an x0 of the wrong length raises ValueError."""
    kata.raises("ValueError", "conjugate_gradient", np.ones((2, 3)), np.ones(2))
    kata.raises("ValueError", "conjugate_gradient", A2, np.ones(3))
    kata.raises("ValueError", "conjugate_gradient", A2, B2, x0=np.ones(3))
