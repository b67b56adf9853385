"""Hidden tests for optimization/nesterov: nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps)."""
import numpy as np

from grader.functions import Quadratic, Rosenbrock, Sphere
from grader.testing import require

# grad(x) = x: the gradient of ½‖x‖²
IDENTITY_GRAD = Sphere(0.5).grad
# grad(x) = (2·x1, x2 − 1): minimum at (0, 1)
TWO_BY_ONE = Quadratic(np.diag([2.0, 1.0]), [0.0, 1.0])


def test_one_coordinate_by_hand(kata):
    """grad(x) = x, lr 0.5, momentum 0.5: the look-ahead gives 1, 0.5, 0.125, -0.03125."""
    # step 1: lookahead 1 (v = 0), v = 1, x = 0.5
    # step 2: lookahead 0.5 - 0.25·1 = 0.25, v = 0.5 + 0.25 = 0.75, x = 0.5 - 0.375 = 0.125
    # step 3: lookahead 0.125 - 0.25·0.75 = -0.0625, v = 0.375 - 0.0625 = 0.3125, x = 0.125 - 0.15625
    kata.check("nesterov_momentum", IDENTITY_GRAD, [1.0], learning_rate=0.5, momentum=0.5, n_steps=3,
               expected=np.array([[1.0], [0.5], [0.125], [-0.03125]]))


def test_two_coordinates_by_hand(kata):
    """grad(x) = (2·x1, x2 − 1), lr 0.25, momentum 0.5, from (1, 0): each coordinate has its own gradient."""
    # step 1: lookahead (1, 0), g = (2, -1), v = (2, -1), x = (0.5, 0.25)
    # step 2: lookahead (0.5, 0.25) - 0.125·(2, -1) = (0.25, 0.375), g = (0.5, -0.625),
    #         v = (1, -0.5) + g = (1.5, -1.125), x = (0.5, 0.25) - 0.25·v = (0.125, 0.53125)
    # step 3: lookahead (-0.0625, 0.671875), g = (-0.125, -0.328125), v = (0.625, -0.890625),
    #         x = (0.125 - 0.15625, 0.53125 + 0.22265625)
    kata.check("nesterov_momentum", TWO_BY_ONE.grad, np.array([1.0, 0.0]), learning_rate=0.25,
               momentum=0.5, n_steps=3,
               expected=np.array([[1.0, 0.0], [0.5, 0.25], [0.125, 0.53125], [-0.03125, 0.75390625]]))


def test_momentum_zero_is_gradient_descent(kata, rng):
    """momentum = 0: no velocity to look ahead with, so every step is x − lr·grad(x)."""
    for _ in range(3):
        d = int(rng.integers(1, 5))
        quadratic = Quadratic.random(rng, d)
        x0 = rng.standard_normal(d)
        learning_rate = float(rng.uniform(0.01, 0.15))
        expected = [x0]
        for _ in range(8):
            expected.append(expected[-1] - learning_rate * quadratic.grad(expected[-1]))
        kata.check("nesterov_momentum", quadratic.grad, x0, learning_rate=learning_rate, momentum=0.0,
                   n_steps=8, expected=np.array(expected))


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 5 dimensions, learning rates, momenta and step counts."""
    arg_sets = []
    for _ in range(10):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d, condition=float(rng.uniform(1, 20)))
        x0 = rng.uniform(-3, 3, size=d)
        arg_sets.append(((quadratic.grad, x0),
                         {"learning_rate": float(rng.uniform(0.01, 0.15)), "momentum": float(rng.uniform(0.0, 0.95)),
                          "n_steps": int(rng.integers(1, 30))}))
    kata.check_each("nesterov_momentum", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """The Rosenbrock valley, whose gradient is far from linear: the look-ahead point matters."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("nesterov_momentum", Rosenbrock().grad, x0, learning_rate=float(rng.uniform(1e-4, 1e-3)),
                   momentum=float(rng.uniform(0.5, 0.95)), n_steps=int(rng.integers(5, 40)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1, d)."""
    kata.check("nesterov_momentum", TWO_BY_ONE.grad, np.array([0.5, -1.5]), learning_rate=0.1, momentum=0.9,
               n_steps=0, expected=np.array([[0.5, -1.5]]))


def test_list_start_point(kata):
    """x0 given as a Python list: same trajectory as the two-coordinate case by hand."""
    kata.check("nesterov_momentum", TWO_BY_ONE.grad, [1.0, 0.0], learning_rate=0.25, momentum=0.5, n_steps=3,
               expected=np.array([[1.0, 0.0], [0.5, 0.25], [0.125, 0.53125], [-0.03125, 0.75390625]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("nesterov_momentum", Sphere(1.0).grad, [2, 4], learning_rate=0.1, momentum=0.9, n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("nesterov_momentum", Sphere(1.0).grad, np.array([3, -1]), learning_rate=0.1, momentum=0.9, n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = [4, -8] (an int array): the trajectory is float64 and not truncated."""
    kata.check("nesterov_momentum", IDENTITY_GRAD, np.array([4, -8]), learning_rate=0.5, momentum=0.5,
               n_steps=3, expected=np.array([[4.0, -8.0], [2.0, -4.0], [0.5, -1.0], [-0.125, 0.25]]))


def test_start_at_the_minimum_stays_there(kata):
    """Starting at the minimum (0, 1) the gradient is zero, the velocity stays zero, x never moves."""
    kata.check("nesterov_momentum", TWO_BY_ONE.grad, np.array([0.0, 1.0]), learning_rate=0.3, momentum=0.9,
               n_steps=5, expected=np.tile([0.0, 1.0], (6, 1)))


def test_converges_on_a_quadratic(kata, rng):
    """On a well-conditioned quadratic, lr 0.1 and momentum 0.9 reach the minimum within 300 steps."""
    quadratic = Quadratic.random(rng, 4, condition=10.0)
    result = kata.call("nesterov_momentum", quadratic.grad, np.zeros(4), learning_rate=0.1, momentum=0.9,
                       n_steps=300)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (301, 4), f"{result.shown} should return shape (301, 4), got {trajectory.shape}")
    error = float(np.max(np.abs(trajectory[-1] - quadratic.minimum())))
    require(error < 1e-6, f"{result.shown}: after 300 steps the last point should be within 1e-6 of the "
                          f"minimum {quadratic.minimum()}, but it is {trajectory[-1]} (off by {error:.3g})")


def test_beats_gradient_descent_on_a_narrow_valley(kata, rng):
    """Condition number 100, lr 0.01: after 100 steps momentum 0.9 is far closer than momentum 0."""
    quadratic = Quadratic.random(rng, 4, condition=100.0)
    errors = {}
    for momentum in (0.0, 0.9):
        result = kata.call("nesterov_momentum", quadratic.grad, np.zeros(4), learning_rate=0.01,
                           momentum=momentum, n_steps=100)
        errors[momentum] = float(np.linalg.norm(np.asarray(result.value, dtype=float)[-1] - quadratic.minimum()))
    require(errors[0.9] < 0.1 * errors[0.0],
            f"on a narrow valley Nesterov momentum 0.9 should end far closer to the minimum than plain "
            f"gradient descent (momentum 0): distances {errors[0.9]:.3g} and {errors[0.0]:.3g}")


def test_grad_called_once_per_step(kata, rng):
    """grad is called exactly n_steps times: once per step, at the look-ahead point only."""
    quadratic = Quadratic.random(rng, 3)
    for n_steps in (0, 1, 7):
        result = kata.call("nesterov_momentum", quadratic.grad, np.ones(3), learning_rate=0.1, momentum=0.9,
                           n_steps=n_steps)
        count = result.calls.get("grad", 0)
        require(count == n_steps,
                f"{result.shown} called grad {count} times; it should call grad exactly once per step "
                f"({n_steps} in all), at the look-ahead point only")
