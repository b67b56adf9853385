"""Hidden tests for optimization/gd_with_schedule: gradient_descent(grad, x0, *, schedule, n_steps)."""
import numpy as np

from grader.functions import CosineSchedule, ExponentialSchedule, Quadratic, Rosenbrock, Sphere, TableSchedule
from grader.testing import require


def test_table_schedule_by_hand(kata):
    """grad(x) = x, rates 0.5, 0.25, 1.0 for updates 0, 1, 2: x shrinks by ½, then ¾, then lands on 0."""
    kata.check("gradient_descent", Sphere(0.5).grad, np.array([8.0, -4.0]),
               schedule=TableSchedule([0.5, 0.25, 1.0, 0.9]), n_steps=3,
               expected=np.array([[8.0, -4.0], [4.0, -2.0], [3.0, -1.5], [0.0, 0.0]]))


def test_quadratic_with_table_by_hand(kata):
    """grad(x) = Ax − b, A = [[2, 1], [1, 2]], b = [1, 1], from (1, 0) with rates 0.5, 0.5, 0.25."""
    quadratic = Quadratic([[2.0, 1.0], [1.0, 2.0]], [1.0, 1.0])
    # g0 = (1, 0) -> (0.5, 0); g1 = (0, -0.5) -> (0.5, 0.25); g2 = (0.25, 0) -> (0.4375, 0.25)
    kata.check("gradient_descent", quadratic.grad, np.array([1.0, 0.0]),
               schedule=TableSchedule([0.5, 0.5, 0.25, 0.1]), n_steps=3,
               expected=np.array([[1.0, 0.0], [0.5, 0.0], [0.5, 0.25], [0.4375, 0.25]]))


def test_schedule_is_not_asked_for_step_n_steps(kata):
    """A table with exactly n_steps rates: updates 0 … n_steps − 1 use them all, schedule(n_steps) is never needed."""
    kata.check("gradient_descent", Sphere(0.5).grad, np.array([2.0, 1.0]), schedule=TableSchedule([0.5, 0.5]),
               n_steps=2, expected=np.array([[2.0, 1.0], [1.0, 0.5], [0.5, 0.25]]))


def test_matches_reference_with_exponential_schedules(kata, rng):
    """Random quadratics with exponentially decaying learning rates."""
    arg_sets = []
    for _ in range(6):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d)
        schedule = ExponentialSchedule(float(rng.uniform(0.05, 0.19)), float(rng.uniform(0.8, 1.0)))
        arg_sets.append(((quadratic.grad, rng.standard_normal(d)),
                         {"schedule": schedule, "n_steps": int(rng.integers(1, 25))}))
    kata.check_each("gradient_descent", arg_sets)


def test_matches_reference_with_cosine_schedules(kata, rng):
    """Random quadratics and Rosenbrock with cosine schedules, some running past their total."""
    arg_sets = []
    for _ in range(5):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d)
        total = int(rng.integers(5, 30))
        arg_sets.append(((quadratic.grad, rng.standard_normal(d)),
                         {"schedule": CosineSchedule(float(rng.uniform(0.05, 0.19)), total),
                          "n_steps": int(rng.integers(1, total + 10))}))
    arg_sets.append(((Rosenbrock().grad, np.array([-1.0, 1.5])), {"schedule": CosineSchedule(2e-3, 20), "n_steps": 20}))
    kata.check_each("gradient_descent", arg_sets)


def test_matches_reference_with_random_tables(kata, rng):
    """Random quadratics with learning rates drawn at random for every step."""
    for _ in range(5):
        d = int(rng.integers(1, 5))
        quadratic = Quadratic.random(rng, d)
        n_steps = int(rng.integers(1, 15))
        kata.check("gradient_descent", quadratic.grad, rng.standard_normal(d),
                   schedule=TableSchedule(rng.uniform(0.0, 0.19, size=n_steps)), n_steps=n_steps)


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is the start point alone, shape (1, d)."""
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([1.5, -0.5]), schedule=TableSchedule([]), n_steps=0,
               expected=np.array([[1.5, -0.5]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("gradient_descent", Sphere(1.0).grad, [2, 4], schedule=TableSchedule([]), n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([3, -1]), schedule=TableSchedule([]), n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = np.array([4, -2]) holds ints: the trajectory is float64, nothing truncated."""
    kata.check("gradient_descent", Sphere(0.5).grad, np.array([4, -2]), schedule=TableSchedule([0.25, 0.5]),
               n_steps=2, expected=np.array([[4.0, -2.0], [3.0, -1.5], [1.5, -0.75]]))


def test_list_start_point(kata):
    """x0 given as a Python list: the trajectory is a float64 array."""
    kata.check("gradient_descent", Sphere(0.5).grad, [1.0, 3.0, -2.0], schedule=TableSchedule([0.5]), n_steps=1,
               expected=np.array([[1.0, 3.0, -2.0], [0.5, 1.5, -1.0]]))


def test_zero_rate_does_not_move(kata):
    """A schedule of zeros: every row equals the start point."""
    kata.check("gradient_descent", Rosenbrock().grad, np.array([0.5, 0.5]), schedule=TableSchedule([0.0] * 4),
               n_steps=4, expected=np.tile([0.5, 0.5], (5, 1)))


def test_constant_schedule_is_plain_gradient_descent(kata):
    """A constant schedule (gamma = 1) gives plain gradient descent: grad(x) = 2x, rate 0.1 multiplies x by 0.8."""
    expected = np.array([[5.0, -1.0]]) * 0.8 ** np.arange(6)[:, None]
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([5.0, -1.0]), schedule=ExponentialSchedule(0.1, 1.0),
               n_steps=5, expected=expected)


def test_cosine_schedule_reaches_the_minimum(kata, rng):
    """A cosine schedule over 300 steps brings a quadratic (condition 10) to its minimum."""
    quadratic = Quadratic.random(rng, 3)
    result = kata.call("gradient_descent", quadratic.grad, rng.standard_normal(3),
                       schedule=CosineSchedule(0.15, 300), n_steps=300)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (301, 3), f"{result.shown} should return shape (301, 3), got {trajectory.shape}")
    error = np.abs(trajectory[-1] - quadratic.minimum()).max()
    require(error < 1e-6, f"{result.shown}: the last point should be the minimum {quadratic.minimum()}, "
                          f"but it is {trajectory[-1]} (off by {error:.3g})")


def test_grad_called_once_per_step(kata):
    """The contract: grad is called exactly n_steps times (none at all when n_steps = 0)."""
    for n_steps in (0, 1, 6):
        result = kata.call("gradient_descent", Sphere(1.0).grad, np.array([1.0, 2.0]),
                           schedule=ExponentialSchedule(0.1, 0.9), n_steps=n_steps)
        calls = result.calls.get("grad", 0)
        require(calls == n_steps, f"{result.shown} called grad {calls} time(s): "
                                  f"call grad exactly once per update, {n_steps} time(s) here")
