"""Hidden tests for optimization/rmsprop: rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8)."""
import math

import numpy as np

from grader.functions import Linear, Quadratic, Rosenbrock, Sphere
from grader.testing import require

# grad(x) = x: the gradient of ½‖x‖²
IDENTITY_GRAD = Sphere(0.5).grad


def _constant_gradient_path(g, learning_rate, decay, eps, n_steps):
    """From 0 with a constant gradient g: after k steps s = (1 − decay^k)·g², worked out per step."""
    g = np.asarray(g, dtype=float)
    steps = [learning_rate * g / (math.sqrt(1 - decay ** k) * np.abs(g) + eps) for k in range(1, n_steps + 1)]
    return np.vstack([np.zeros_like(g), -np.cumsum(steps, axis=0)])


def test_constant_gradient_by_hand(kata):
    """Constant gradient (3, −0.5), decay 0.75: step k is lr·sign(g)/√(1 − 0.75^k), so 0.2, then 0.151, …"""
    kata.check("rmsprop", Linear([3.0, -0.5]).grad, np.zeros(2), learning_rate=0.1, n_steps=3, decay=0.75,
               expected=_constant_gradient_path([3.0, -0.5], 0.1, 0.75, 1e-8, 3))


def test_changing_gradient_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.1, decay 0.8: the average s follows the changing gradient."""
    x0 = np.array([1.0, -4.0])
    s1 = 0.2 * x0 ** 2                                  # (0.2, 3.2)
    x1 = x0 - 0.1 * x0 / (np.sqrt(s1) + 1e-8)           # each coordinate moves by 0.1/√0.2
    s2 = 0.8 * s1 + 0.2 * x1 ** 2
    x2 = x1 - 0.1 * x1 / (np.sqrt(s2) + 1e-8)
    s3 = 0.8 * s2 + 0.2 * x2 ** 2
    x3 = x2 - 0.1 * x2 / (np.sqrt(s3) + 1e-8)
    kata.check("rmsprop", IDENTITY_GRAD, x0, learning_rate=0.1, n_steps=3, decay=0.8,
               expected=np.array([x0, x1, x2, x3]))


def test_default_decay_and_eps(kata):
    """decay and eps omitted: decay = 0.9, so with a constant gradient step k is lr·sign(g)/√(1 − 0.9^k)."""
    kata.check("rmsprop", Linear([3.0, -0.5]).grad, np.zeros(2), learning_rate=0.1, n_steps=3,
               expected=_constant_gradient_path([3.0, -0.5], 0.1, 0.9, 1e-8, 3))


def test_large_eps_by_hand(kata):
    """Constant gradient (2, −1), eps 0.5: eps is added to √s, outside the root."""
    kata.check("rmsprop", Linear([2.0, -1.0]).grad, np.zeros(2), learning_rate=0.1, n_steps=3, decay=0.75,
               eps=0.5, expected=_constant_gradient_path([2.0, -1.0], 0.1, 0.75, 0.5, 3))


def test_tiny_gradients_use_the_default_eps(kata):
    """grad(x) = 1e-7·x, eps omitted: the default eps = 1e-8 is not small next to √s here, so it shows."""
    x0 = np.array([1.0, -3.0])
    s1 = 0.5 * (1e-7 * x0) ** 2
    x1 = x0 - 0.5 * 1e-7 * x0 / (np.sqrt(s1) + 1e-8)
    s2 = 0.5 * s1 + 0.5 * (1e-7 * x1) ** 2
    x2 = x1 - 0.5 * 1e-7 * x1 / (np.sqrt(s2) + 1e-8)
    kata.check("rmsprop", Sphere(5e-8).grad, x0, learning_rate=0.5, n_steps=2, decay=0.5,
               expected=np.array([x0, x1, x2]))


def test_zero_gradient_coordinate_stays_put(kata):
    """A coordinate whose gradient is always 0 has s = 0: it divides 0 by eps and never moves (no nan)."""
    expected = _constant_gradient_path([0.0, 2.0], 0.5, 0.9, 1e-8, 3) + np.array([1.0, 1.0])
    kata.check("rmsprop", Linear([0.0, 2.0]).grad, np.array([1.0, 1.0]), learning_rate=0.5, n_steps=3,
               decay=0.9, expected=expected)


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 5 dimensions, learning rates, decays, eps and step counts."""
    arg_sets = []
    for case in range(10):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d, condition=float(rng.uniform(1, 20)))
        x0 = rng.uniform(-3, 3, size=d)
        options = {}
        if case % 3 != 0:
            options["decay"] = float(rng.uniform(0.0, 0.99))
        if case % 2 == 1:
            options["eps"] = float(rng.choice([1e-8, 1e-3, 0.1]))
        arg_sets.append(((quadratic.grad, x0),
                         {"learning_rate": float(rng.uniform(0.005, 0.2)), "n_steps": int(rng.integers(1, 30)),
                          **options}))
    kata.check_each("rmsprop", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """The Rosenbrock valley: gradients of very different sizes in the two coordinates."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("rmsprop", Rosenbrock().grad, x0, learning_rate=float(rng.uniform(0.001, 0.02)),
                   n_steps=int(rng.integers(5, 40)), decay=float(rng.uniform(0.8, 0.99)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1, d)."""
    kata.check("rmsprop", IDENTITY_GRAD, np.array([0.5, -1.5, 2.0]), learning_rate=0.1, n_steps=0,
               expected=np.array([[0.5, -1.5, 2.0]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("rmsprop", Sphere(1.0).grad, [2, 4], learning_rate=0.1, n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("rmsprop", Sphere(1.0).grad, np.array([3, -1]), learning_rate=0.1, n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = [2, -1] (an int array) with a constant gradient: the trajectory is float64 and not truncated."""
    kata.check("rmsprop", Linear([3.0, -0.5]).grad, np.array([2, -1]), learning_rate=0.1, n_steps=3,
               decay=0.75, expected=_constant_gradient_path([3.0, -0.5], 0.1, 0.75, 1e-8, 3) + np.array([2.0, -1.0]))


def test_list_start_point(kata):
    """x0 given as a Python list: the same trajectory as with an array."""
    kata.check("rmsprop", Linear([3.0, -0.5]).grad, [2.0, -1.0], learning_rate=0.1, n_steps=3,
               decay=0.75, expected=_constant_gradient_path([3.0, -0.5], 0.1, 0.75, 1e-8, 3) + np.array([2.0, -1.0]))


def test_steps_settle_at_the_learning_rate(kata):
    """Unlike AdaGrad, steps do not shrink for ever: with a constant gradient they approach lr in size."""
    result = kata.call("rmsprop", Linear([4.0, -0.25]).grad, np.zeros(2), learning_rate=0.01, n_steps=300,
                       decay=0.9)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (301, 2), f"{result.shown} should return shape (301, 2), got {trajectory.shape}")
    last_step = trajectory[-1] - trajectory[-2]
    require(np.allclose(last_step, [-0.01, 0.01], rtol=1e-5),
            f"{result.shown}: with a constant gradient s tends to g², so the steps should tend to "
            f"lr·sign(g) = [-0.01, 0.01]; the last step is {last_step}")


def test_gradient_scale_does_not_matter(kata, rng):
    """RMSProp divides by the gradients' own size: with a negligible eps, multiplying the function by 1000 changes nothing."""
    quadratic = Quadratic.random(rng, 3)
    scaled = Quadratic(1000 * quadratic.A, 1000 * quadratic.b)
    x0 = rng.uniform(-2, 2, size=3)
    plain = kata.call("rmsprop", quadratic.grad, x0, learning_rate=0.05, n_steps=20, eps=1e-12)
    big = kata.call("rmsprop", scaled.grad, x0, learning_rate=0.05, n_steps=20, eps=1e-12)
    a, b = np.asarray(plain.value, dtype=float), np.asarray(big.value, dtype=float)
    require(a.shape == b.shape == (21, 3) and np.allclose(a, b, rtol=1e-5, atol=1e-7),
            f"{plain.shown} and the same call with the gradient multiplied by 1000 should give the same "
            f"trajectory (RMSProp's steps do not depend on the gradient's scale), but they differ:\n"
            f"  last points {a[-1] if a.ndim == 2 else a} and {b[-1] if b.ndim == 2 else b}")


def test_grad_called_once_per_step(kata, rng):
    """grad is called exactly n_steps times: once per step."""
    quadratic = Quadratic.random(rng, 3)
    for n_steps in (0, 1, 7):
        result = kata.call("rmsprop", quadratic.grad, np.ones(3), learning_rate=0.1, n_steps=n_steps)
        count = result.calls.get("grad", 0)
        require(count == n_steps,
                f"{result.shown} called grad {count} times; it should call grad exactly once per step "
                f"({n_steps} in all)")


def test_decay_zero_by_hand(kata):
    """decay = 0 (the boundary of 0 ≤ decay < 1): s = g² each step, so every step is lr·g/(|g| + eps)."""
    # g = (3, −0.5) everywhere: x moves by 0.1·(3/(3 + 1e-8), −0.5/(0.5 + 1e-8)) ≈ (−0.1, +0.1) per step.
    kata.check("rmsprop", Linear([3.0, -0.5]).grad, np.zeros(2), learning_rate=0.1, n_steps=2, decay=0.0,
               expected=_constant_gradient_path([3.0, -0.5], 0.1, 0.0, 1e-8, 2))
