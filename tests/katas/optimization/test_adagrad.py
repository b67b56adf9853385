"""Hidden tests for optimization/adagrad: adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8)."""
import math

import numpy as np

from grader.functions import Linear, Quadratic, Rosenbrock, Sphere
from grader.testing import require

# grad(x) = x: the gradient of ½‖x‖²
IDENTITY_GRAD = Sphere(0.5).grad


def _by_hand_identity_case():
    """grad(x) = x from (1, -4), lr 0.5, three steps, worked out one line at a time."""
    x1 = [0.5, -3.5]                                   # G = (1, 16): each coordinate moves by 0.5
    G2 = [1 + 0.5 ** 2, 16 + 3.5 ** 2]                 # (1.25, 28.25)
    x2 = [0.5 - 0.5 * 0.5 / math.sqrt(G2[0]), -3.5 + 0.5 * 3.5 / math.sqrt(G2[1])]
    G3 = [G2[0] + x2[0] ** 2, G2[1] + x2[1] ** 2]
    x3 = [x2[0] - 0.5 * x2[0] / math.sqrt(G3[0]), x2[1] - 0.5 * x2[1] / math.sqrt(G3[1])]
    return np.array([[1.0, -4.0], x1, x2, x3])


def test_each_coordinate_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.5: the first step moves both coordinates by 0.5, then steps shrink."""
    kata.check("adagrad", IDENTITY_GRAD, np.array([1.0, -4.0]), learning_rate=0.5, n_steps=3,
               expected=_by_hand_identity_case())


def test_constant_gradient_with_a_large_eps_by_hand(kata):
    """Constant gradient (2, −1), eps 0.5: step k divides by √k·|g| + eps, with eps outside the root."""
    # G after k steps is k·g², so step k moves each coordinate by lr·g / (√k·|g| + eps)
    steps = np.array([[0.1 * 2 / (math.sqrt(k) * 2 + 0.5), 0.1 * -1 / (math.sqrt(k) * 1 + 0.5)] for k in (1, 2, 3)])
    expected = np.vstack([np.zeros(2), -np.cumsum(steps, axis=0)])
    kata.check("adagrad", Linear([2.0, -1.0]).grad, np.zeros(2), learning_rate=0.1, n_steps=3, eps=0.5,
               expected=expected)


def test_tiny_gradients_use_the_default_eps(kata):
    """grad(x) = 1e-7·x, eps omitted: the default eps = 1e-8 is a tenth of √G here, so it shows."""
    x0 = np.array([1.0, -3.0])
    g0 = 1e-7 * x0                                        # (1e-7, -3e-7)
    G1 = g0 ** 2
    x1 = x0 - 0.5 * g0 / (np.sqrt(G1) + 1e-8)              # (1 - 0.5/1.1, -3 + 0.5·3/3.1)
    g1 = 1e-7 * x1
    G2 = G1 + g1 ** 2
    x2 = x1 - 0.5 * g1 / (np.sqrt(G2) + 1e-8)
    kata.check("adagrad", Sphere(5e-8).grad, x0, learning_rate=0.5, n_steps=2, expected=np.array([x0, x1, x2]))


def test_zero_gradient_coordinate_stays_put(kata):
    """A coordinate whose gradient is always 0 has G = 0: it divides 0 by eps and never moves (no nan)."""
    expected = np.array([[1.0, 1.0], [1.0, 0.5], [1.0, 0.5 - 0.5 / math.sqrt(2)],
                         [1.0, 0.5 - 0.5 / math.sqrt(2) - 0.5 / math.sqrt(3)]])
    kata.check("adagrad", Linear([0.0, 2.0]).grad, np.array([1.0, 1.0]), learning_rate=0.5, n_steps=3,
               expected=expected)


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 5 dimensions, learning rates, eps and step counts."""
    arg_sets = []
    for case in range(10):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d, condition=float(rng.uniform(1, 20)))
        x0 = rng.uniform(-3, 3, size=d)
        options = {} if case % 3 == 0 else {"eps": float(rng.choice([1e-8, 1e-3, 0.1]))}
        arg_sets.append(((quadratic.grad, x0),
                         {"learning_rate": float(rng.uniform(0.05, 1.0)), "n_steps": int(rng.integers(1, 30)),
                          **options}))
    kata.check_each("adagrad", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """The Rosenbrock valley: gradients of very different sizes in the two coordinates."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("adagrad", Rosenbrock().grad, x0, learning_rate=float(rng.uniform(0.01, 0.2)),
                   n_steps=int(rng.integers(5, 40)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1, d)."""
    kata.check("adagrad", IDENTITY_GRAD, np.array([0.5, -1.5, 2.0]), learning_rate=0.1, n_steps=0,
               expected=np.array([[0.5, -1.5, 2.0]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("adagrad", Sphere(1.0).grad, [2, 4], learning_rate=0.1, n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("adagrad", Sphere(1.0).grad, np.array([3, -1]), learning_rate=0.1, n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = [1, -4] (an int array): the trajectory is float64 and not truncated."""
    kata.check("adagrad", IDENTITY_GRAD, np.array([1, -4]), learning_rate=0.5, n_steps=3,
               expected=_by_hand_identity_case())


def test_list_start_point(kata):
    """x0 given as a Python list of ints: same trajectory as the case by hand."""
    kata.check("adagrad", IDENTITY_GRAD, [1, -4], learning_rate=0.5, n_steps=3, expected=_by_hand_identity_case())


def test_gradient_scale_does_not_matter(kata, rng):
    """AdaGrad divides by the gradients' own size: with a negligible eps, multiplying the function by 1000 changes nothing."""
    quadratic = Quadratic.random(rng, 3)
    scaled = Quadratic(1000 * quadratic.A, 1000 * quadratic.b)
    x0 = rng.uniform(-2, 2, size=3)
    plain = kata.call("adagrad", quadratic.grad, x0, learning_rate=0.3, n_steps=20, eps=1e-12)
    big = kata.call("adagrad", scaled.grad, x0, learning_rate=0.3, n_steps=20, eps=1e-12)
    a, b = np.asarray(plain.value, dtype=float), np.asarray(big.value, dtype=float)
    require(a.shape == b.shape == (21, 3) and np.allclose(a, b, rtol=1e-5, atol=1e-7),
            f"{plain.shown} and the same call with the gradient multiplied by 1000 should give the same "
            f"trajectory (AdaGrad's steps do not depend on the gradient's scale), but they differ:\n"
            f"  last points {a[-1] if a.ndim == 2 else a} and {b[-1] if b.ndim == 2 else b}")


def test_converges_on_a_quadratic(kata, rng):
    """On a well-conditioned quadratic, lr 1.0 reaches the minimum within 600 steps."""
    # 600, not 300: over 3000 random quadratics the reference is at most 5e-9 away after 600 steps,
    # while after 300 steps 3 of them were still 1e-6 away (a flaky test that failed right code)
    quadratic = Quadratic.random(rng, 4, condition=10.0)
    result = kata.call("adagrad", quadratic.grad, np.zeros(4), learning_rate=1.0, n_steps=600)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (601, 4), f"{result.shown} should return shape (601, 4), got {trajectory.shape}")
    error = float(np.max(np.abs(trajectory[-1] - quadratic.minimum())))
    require(error < 1e-6, f"{result.shown}: after 600 steps the last point should be within 1e-6 of the "
                          f"minimum {quadratic.minimum()}, but it is {trajectory[-1]} (off by {error:.3g})")


def test_grad_called_once_per_step(kata, rng):
    """grad is called exactly n_steps times: once per step."""
    quadratic = Quadratic.random(rng, 3)
    for n_steps in (0, 1, 7):
        result = kata.call("adagrad", quadratic.grad, np.ones(3), learning_rate=0.1, n_steps=n_steps)
        count = result.calls.get("grad", 0)
        require(count == n_steps,
                f"{result.shown} called grad {count} times; it should call grad exactly once per step "
                f"({n_steps} in all)")
