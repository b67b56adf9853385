"""Hidden tests for optimization/momentum: sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps)."""
import numpy as np

from grader.functions import Quadratic, Rosenbrock, Sphere
from grader.testing import require


def test_three_steps_by_hand(kata):
    """grad(x) = x, lr 0.25, momentum 0.5 from (4, −2): velocities 4, 5, 4.25 (first coordinate), x = 3, 1.75, 0.6875."""
    kata.check("sgd_momentum", Sphere(0.5).grad, np.array([4.0, -2.0]), learning_rate=0.25, momentum=0.5, n_steps=3,
               expected=np.array([[4.0, -2.0], [3.0, -1.5], [1.75, -0.875], [0.6875, -0.34375]]))


def test_quadratic_by_hand(kata):
    """grad(x) = Ax − b, A = [[2, 1], [1, 2]], b = [1, 1], from (1, 0), lr 0.5, momentum 0.5."""
    quadratic = Quadratic([[2.0, 1.0], [1.0, 2.0]], [1.0, 1.0])
    # g0 = (1, 0), v1 = (1, 0) -> (0.5, 0); g1 = (0, -0.5), v2 = (0.5, -0.5) -> (0.25, 0.25);
    # g2 = (-0.25, -0.25), v3 = (0, -0.5) -> (0.25, 0.5)
    kata.check("sgd_momentum", quadratic.grad, np.array([1.0, 0.0]), learning_rate=0.5, momentum=0.5, n_steps=3,
               expected=np.array([[1.0, 0.0], [0.5, 0.0], [0.25, 0.25], [0.25, 0.5]]))


def test_heavy_momentum_by_hand(kata):
    """d = 1, grad(x) = 2x, lr 0.1, momentum 0.9 from 1: v = 2 then 0.9·2 + 1.6 = 3.4, so x = 0.8 then 0.46."""
    kata.check("sgd_momentum", Sphere(1.0).grad, np.array([1.0]), learning_rate=0.1, momentum=0.9, n_steps=2,
               expected=np.array([[1.0], [0.8], [0.46]]))


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 6 dimensions, random learning rates, momenta and step counts."""
    arg_sets = []
    for _ in range(10):
        d = int(rng.integers(1, 7))
        quadratic = Quadratic.random(rng, d)
        arg_sets.append(((quadratic.grad, rng.standard_normal(d)),
                         {"learning_rate": float(rng.uniform(0.005, 0.1)), "momentum": float(rng.uniform(0.0, 0.95)),
                          "n_steps": int(rng.integers(1, 30))}))
    kata.check_each("sgd_momentum", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """Rosenbrock's valley from random start points, small learning rate, momentum 0.9."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("sgd_momentum", Rosenbrock().grad, x0, learning_rate=1e-4, momentum=0.9,
                   n_steps=int(rng.integers(5, 40)))


def test_zero_momentum_is_gradient_descent(kata, rng):
    """momentum = 0: exactly gradient descent, x_{k+1} = x_k − lr·grad(x_k)."""
    quadratic = Quadratic.random(rng, 3)
    x0 = rng.standard_normal(3)
    expected = [x0]
    for _ in range(10):
        expected.append(expected[-1] - 0.08 * (quadratic.A @ expected[-1] - quadratic.b))
    kata.check("sgd_momentum", quadratic.grad, x0, learning_rate=0.08, momentum=0.0, n_steps=10,
               expected=np.array(expected))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is the start point alone, shape (1, d)."""
    kata.check("sgd_momentum", Sphere(1.0).grad, np.array([1.5, -0.5, 2.0]), learning_rate=0.1, momentum=0.9,
               n_steps=0, expected=np.array([[1.5, -0.5, 2.0]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("sgd_momentum", Sphere(1.0).grad, [2, 4], learning_rate=0.1, momentum=0.9, n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("sgd_momentum", Sphere(1.0).grad, np.array([3, -1]), learning_rate=0.1, momentum=0.9, n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = np.array([4, -2]) holds ints: the trajectory is float64, nothing truncated."""
    kata.check("sgd_momentum", Sphere(0.5).grad, np.array([4, -2]), learning_rate=0.25, momentum=0.5, n_steps=2,
               expected=np.array([[4.0, -2.0], [3.0, -1.5], [1.75, -0.875]]))


def test_list_start_point(kata):
    """x0 given as a Python list: the trajectory is a float64 array."""
    kata.check("sgd_momentum", Sphere(1.0).grad, [1, 0], learning_rate=0.1, momentum=0.9, n_steps=2,
               expected=np.array([[1.0, 0.0], [0.8, 0.0], [0.46, 0.0]]))


def test_start_at_the_minimum_stays_there(kata):
    """Zero gradient at the start and zero initial velocity: x never moves."""
    quadratic = Quadratic([[3.0, 0.0], [0.0, 1.0]], [3.0, -2.0])   # minimum at (1, -2)
    kata.check("sgd_momentum", quadratic.grad, np.array([1.0, -2.0]), learning_rate=0.1, momentum=0.9, n_steps=4,
               expected=np.tile([1.0, -2.0], (5, 1)))


def test_momentum_speeds_up_a_narrow_valley(kata, rng):
    """On an ill-conditioned quadratic (condition 100) with lr = 1/L, momentum 0.9 ends far lower than momentum 0."""
    quadratic = Quadratic.random(rng, 4, condition=100.0)
    # start mostly along the flattest direction (eigenvalue 1), where plain gradient descent crawls
    _, eigenvectors = np.linalg.eigh(quadratic.A)
    x0 = quadratic.minimum() + eigenvectors @ (np.array([2.0, 0.5, 0.5, 0.5]) * rng.choice([-1.0, 1.0], 4))
    ends = {}
    for momentum in (0.0, 0.9):
        result = kata.call("sgd_momentum", quadratic.grad, x0, learning_rate=0.01, momentum=momentum, n_steps=150)
        trajectory = np.asarray(result.value, dtype=float)
        require(trajectory.shape == (151, 4), f"{result.shown} should return shape (151, 4), got {trajectory.shape}")
        ends[momentum] = quadratic(trajectory[-1]) - quadratic(quadratic.minimum())
    require(ends[0.9] < 0.01 * ends[0.0],
            f"after 150 steps with learning rate 0.01 the gap to the minimum loss is {ends[0.0]:.3g} with momentum 0 "
            f"and {ends[0.9]:.3g} with momentum 0.9; momentum should close it far faster")


def test_grad_called_once_per_step(kata):
    """The contract: grad is called exactly n_steps times (none at all when n_steps = 0)."""
    for n_steps in (0, 1, 7):
        result = kata.call("sgd_momentum", Sphere(1.0).grad, np.array([1.0, 2.0]), learning_rate=0.1, momentum=0.9,
                           n_steps=n_steps)
        calls = result.calls.get("grad", 0)
        require(calls == n_steps, f"{result.shown} called grad {calls} time(s): "
                                  f"call grad exactly once per update, {n_steps} time(s) here")
