"""Hidden tests for optimization/gradient_descent: gradient_descent(grad, x0, *, learning_rate, n_steps)."""
import numpy as np

from grader.functions import Quadratic, Rosenbrock, Sphere
from grader.testing import require


def test_halving_by_hand(kata):
    """grad(x) = x (Sphere c=0.5), learning rate 0.5: every update halves x."""
    kata.check("gradient_descent", Sphere(0.5).grad, np.array([4.0, -2.0]), learning_rate=0.5, n_steps=3,
               expected=np.array([[4.0, -2.0], [2.0, -1.0], [1.0, -0.5], [0.5, -0.25]]))


def test_quadratic_by_hand(kata):
    """grad(x) = Ax − b with A = [[2, 1], [1, 2]], b = [1, 1], from (1, 0), learning rate 0.5."""
    quadratic = Quadratic([[2.0, 1.0], [1.0, 2.0]], [1.0, 1.0])
    # g0 = (1, 0) -> (0.5, 0); g1 = (0, -0.5) -> (0.5, 0.25); g2 = (0.25, 0) -> (0.375, 0.25)
    kata.check("gradient_descent", quadratic.grad, np.array([1.0, 0.0]), learning_rate=0.5, n_steps=3,
               expected=np.array([[1.0, 0.0], [0.5, 0.0], [0.5, 0.25], [0.375, 0.25]]))


def test_rosenbrock_by_hand(kata):
    """Rosenbrock from (0, 0), learning rate 0.1: gradients (−2, 0) then (1.6, −8)."""
    kata.check("gradient_descent", Rosenbrock().grad, np.array([0.0, 0.0]), learning_rate=0.1, n_steps=2,
               expected=np.array([[0.0, 0.0], [0.2, 0.0], [0.04, 0.8]]))


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 6 dimensions, random start points, learning rates and step counts."""
    arg_sets = []
    for _ in range(10):
        d = int(rng.integers(1, 7))
        quadratic = Quadratic.random(rng, d)
        arg_sets.append(((quadratic.grad, rng.standard_normal(d)),
                         {"learning_rate": float(rng.uniform(0.01, 0.19)), "n_steps": int(rng.integers(1, 25))}))
    kata.check_each("gradient_descent", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """Rosenbrock's valley from random start points with a small learning rate."""
    for _ in range(5):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("gradient_descent", Rosenbrock().grad, x0, learning_rate=1e-3, n_steps=int(rng.integers(5, 40)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is the start point alone, shape (1, d)."""
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([1.5, -0.5, 2.0]), learning_rate=0.1, n_steps=0,
               expected=np.array([[1.5, -0.5, 2.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = np.array([3, -1]) holds ints: the trajectory is still float64, nothing truncated."""
    kata.check("gradient_descent", Sphere(0.5).grad, np.array([3, -1]), learning_rate=0.5, n_steps=2,
               expected=np.array([[3.0, -1.0], [1.5, -0.5], [0.75, -0.25]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 = [2, 4] (a list of ints) and n_steps = 0: the trajectory [[2.0, 4.0]] is float64 although no update ran."""
    # with no update nothing float is ever mixed in: only an explicit float conversion of x0 gives float64
    kata.check("gradient_descent", Sphere(1.0).grad, [2, 4], learning_rate=0.25, n_steps=0,
               expected=np.array([[2.0, 4.0]]))
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([3, -1]), learning_rate=0.25, n_steps=0,
               expected=np.array([[3.0, -1.0]]))


def test_list_start_point(kata):
    """x0 given as a Python list of ints: the trajectory is a float64 array."""
    kata.check("gradient_descent", Sphere(1.0).grad, [2, 4], learning_rate=0.25, n_steps=2,
               expected=np.array([[2.0, 4.0], [1.0, 2.0], [0.5, 1.0]]))


def test_one_dimension(kata):
    """d = 1: x0 = [5.0], the trajectory has shape (n_steps + 1, 1)."""
    kata.check("gradient_descent", Sphere(1.0).grad, np.array([5.0]), learning_rate=0.1, n_steps=3,
               expected=np.array([[5.0], [4.0], [3.2], [2.56]]))


def test_start_at_the_minimum_stays_there(kata):
    """Zero gradient at the start: every row equals the start point."""
    quadratic = Quadratic([[3.0, 0.0], [0.0, 1.0]], [3.0, -2.0])   # minimum at (1, -2)
    kata.check("gradient_descent", quadratic.grad, np.array([1.0, -2.0]), learning_rate=0.2, n_steps=4,
               expected=np.tile([1.0, -2.0], (5, 1)))


def test_loss_falls_at_every_step(kata, rng):
    """On a quadratic with learning rate 1/L the loss decreases at every step."""
    quadratic = Quadratic.random(rng, 4, condition=10.0)
    result = kata.call("gradient_descent", quadratic.grad, 3 * rng.standard_normal(4), learning_rate=0.1, n_steps=20)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (21, 4), f"{result.shown} should return shape (21, 4), got {trajectory.shape}")
    losses = np.array([quadratic(x) for x in trajectory])
    require(np.all(np.diff(losses) < 0),
            f"{result.shown}: the loss should fall at every step, but the losses were {np.round(losses[:6], 4)}…")


def test_converges_to_the_minimum(kata, rng):
    """300 steps with learning rate 0.1 on a quadratic (condition 10) reach its minimum."""
    quadratic = Quadratic.random(rng, 3, condition=10.0)
    result = kata.call("gradient_descent", quadratic.grad, rng.standard_normal(3), learning_rate=0.1, n_steps=300)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (301, 3), f"{result.shown} should return shape (301, 3), got {trajectory.shape}")
    error = np.abs(trajectory[-1] - quadratic.minimum()).max()
    require(error < 1e-8, f"{result.shown}: the last point should be the minimum {quadratic.minimum()}, "
                          f"but it is {trajectory[-1]} (off by {error:.3g})")


def test_grad_called_once_per_step(kata):
    """The contract: grad is called exactly n_steps times (none at all when n_steps = 0)."""
    for n_steps in (0, 1, 7):
        result = kata.call("gradient_descent", Sphere(1.0).grad, np.array([1.0, 2.0]), learning_rate=0.1,
                           n_steps=n_steps)
        calls = result.calls.get("grad", 0)
        require(calls == n_steps, f"{result.shown} called grad {calls} time(s): "
                                  f"call grad exactly once per update, {n_steps} time(s) here")
