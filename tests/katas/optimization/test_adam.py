"""Hidden tests for optimization/adam:
adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8)."""
import numpy as np

from grader.functions import Linear, Quadratic, Rosenbrock, Sphere
from grader.testing import require

# grad(x) = x: the gradient of ½‖x‖²
IDENTITY_GRAD = Sphere(0.5).grad


def _constant_gradient_path(x0, g, learning_rate, eps, n_steps):
    """With a constant gradient m_hat = g and v_hat = g² exactly: every step is lr·g/(|g| + eps)."""
    g = np.asarray(g, dtype=float)
    step = learning_rate * g / (np.abs(g) + eps)
    return np.asarray(x0, dtype=float) - np.arange(n_steps + 1)[:, None] * step


def test_constant_gradient_by_hand(kata):
    """Constant gradient (3, −0.5), lr 0.1: the corrections make m_hat = g, v_hat = g², so each step is ±0.1."""
    kata.check("adam", Linear([3.0, -0.5]).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.1,
               expected=_constant_gradient_path([1.0, 1.0], [3.0, -0.5], 0.1, 1e-8, 3))


def test_changing_gradient_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.1, beta1 0.5, beta2 0.75: three steps worked out one by one."""
    x0 = np.array([1.0, -4.0])
    m1, v1 = 0.5 * x0, 0.25 * x0 ** 2
    x1 = x0 - 0.1 * (m1 / 0.5) / (np.sqrt(v1 / 0.25) + 1e-8)       # (0.9, -3.9)
    m2, v2 = 0.5 * m1 + 0.5 * x1, 0.75 * v1 + 0.25 * x1 ** 2
    x2 = x1 - 0.1 * (m2 / 0.75) / (np.sqrt(v2 / 0.4375) + 1e-8)    # 1 − 0.5², 1 − 0.75²
    m3, v3 = 0.5 * m2 + 0.5 * x2, 0.75 * v2 + 0.25 * x2 ** 2
    x3 = x2 - 0.1 * (m3 / 0.875) / (np.sqrt(v3 / 0.578125) + 1e-8)  # 1 − 0.5³, 1 − 0.75³
    kata.check("adam", IDENTITY_GRAD, x0, n_steps=3, learning_rate=0.1, beta1=0.5, beta2=0.75,
               expected=np.array([x0, x1, x2, x3]))


def test_default_arguments(kata):
    """learning_rate, betas and eps omitted: lr = 0.001, so a constant gradient moves each coordinate by 0.001 a step."""
    kata.check("adam", Linear([3.0, -0.5]).grad, np.array([1.0, 1.0]), n_steps=4,
               expected=_constant_gradient_path([1.0, 1.0], [3.0, -0.5], 0.001, 1e-8, 4))


def test_default_betas_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.1, betas omitted: beta1 = 0.9 and beta2 = 0.999."""
    x0 = np.array([1.0, -4.0])
    m1, v1 = 0.1 * x0, 0.001 * x0 ** 2
    x1 = x0 - 0.1 * (m1 / 0.1) / (np.sqrt(v1 / 0.001) + 1e-8)
    m2, v2 = 0.9 * m1 + 0.1 * x1, 0.999 * v1 + 0.001 * x1 ** 2
    x2 = x1 - 0.1 * (m2 / (1 - 0.81)) / (np.sqrt(v2 / (1 - 0.998001)) + 1e-8)
    kata.check("adam", IDENTITY_GRAD, x0, n_steps=2, learning_rate=0.1, expected=np.array([x0, x1, x2]))


def test_large_eps_by_hand(kata):
    """Constant gradient (2, −1), eps 0.5: eps is added to √v_hat, so each step is lr·g/(|g| + 0.5)."""
    kata.check("adam", Linear([2.0, -1.0]).grad, np.zeros(2), n_steps=3, learning_rate=0.1, eps=0.5,
               expected=_constant_gradient_path([0.0, 0.0], [2.0, -1.0], 0.1, 0.5, 3))


def test_tiny_gradients_use_the_default_eps(kata):
    """grad(x) = 1e-7·x: the default eps = 1e-8 added to √v_hat is a tenth of the gradient here, so it shows."""
    x0 = np.array([1.0, -3.0])
    g1 = 1e-7 * x0
    x1 = x0 - 0.5 * g1 / (np.abs(g1) + 1e-8)                      # first step: m_hat = g, v_hat = g²
    g2 = 1e-7 * x1
    m2, v2 = 0.9 * 0.1 * g1 + 0.1 * g2, 0.999 * 0.001 * g1 ** 2 + 0.001 * g2 ** 2
    x2 = x1 - 0.5 * (m2 / (1 - 0.81)) / (np.sqrt(v2 / (1 - 0.998001)) + 1e-8)
    kata.check("adam", Sphere(5e-8).grad, x0, n_steps=2, learning_rate=0.5, expected=np.array([x0, x1, x2]))


def test_zero_gradient_coordinate_stays_put(kata):
    """A coordinate whose gradient is always 0 has m = v = 0: it divides 0 by eps and never moves (no nan)."""
    kata.check("adam", Linear([0.0, 2.0]).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.5,
               expected=_constant_gradient_path([1.0, 1.0], [0.0, 2.0], 0.5, 1e-8, 3))


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 5 dimensions, hyperparameters (some left at their defaults) and step counts."""
    arg_sets = []
    for case in range(10):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d, condition=float(rng.uniform(1, 20)))
        x0 = rng.uniform(-3, 3, size=d)
        options = {"learning_rate": float(rng.uniform(0.01, 0.5))} if case % 4 else {}
        if case % 2:
            options.update(beta1=float(rng.uniform(0.0, 0.95)), beta2=float(rng.uniform(0.5, 0.999)))
        if case % 3 == 1:
            options["eps"] = float(rng.choice([1e-8, 1e-3, 0.1]))
        arg_sets.append(((quadratic.grad, x0), {"n_steps": int(rng.integers(1, 30)), **options}))
    kata.check_each("adam", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """The Rosenbrock valley: gradients of very different sizes in the two coordinates."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("adam", Rosenbrock().grad, x0, n_steps=int(rng.integers(5, 40)),
                   learning_rate=float(rng.uniform(0.005, 0.05)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1, d)."""
    kata.check("adam", IDENTITY_GRAD, np.array([0.5, -1.5, 2.0]), n_steps=0, expected=np.array([[0.5, -1.5, 2.0]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("adam", Sphere(1.0).grad, [2, 4], n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("adam", Sphere(1.0).grad, np.array([3, -1]), n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = [1, 1] (an int array): the trajectory is float64 and not truncated."""
    kata.check("adam", Linear([3.0, -0.5]).grad, np.array([1, 1]), n_steps=3, learning_rate=0.1,
               expected=_constant_gradient_path([1.0, 1.0], [3.0, -0.5], 0.1, 1e-8, 3))


def test_list_start_point(kata):
    """x0 given as a Python list: the same trajectory as with an array."""
    kata.check("adam", Linear([3.0, -0.5]).grad, [1.0, 1.0], n_steps=3, learning_rate=0.1,
               expected=_constant_gradient_path([1.0, 1.0], [3.0, -0.5], 0.1, 1e-8, 3))


def test_first_step_has_the_size_of_the_learning_rate(kata, rng):
    """Whatever the gradient's scale, the first step moves every coordinate by about learning_rate."""
    quadratic = Quadratic.random(rng, 5)
    scaled = Quadratic(1000 * quadratic.A, 1000 * quadratic.b)
    x0 = rng.uniform(-2, 2, size=5)
    for function in (quadratic, scaled):
        result = kata.call("adam", function.grad, x0, n_steps=1, learning_rate=0.05)
        trajectory = np.asarray(result.value, dtype=float)
        require(trajectory.shape == (2, 5), f"{result.shown} should return shape (2, 5), got {trajectory.shape}")
        step = trajectory[1] - trajectory[0]
        g = function.grad(x0)
        require(np.allclose(step, -0.05 * g / (np.abs(g) + 1e-8)),
                f"{result.shown}: the first step should be −learning_rate·g/(|g| + eps) ≈ −learning_rate·sign(g) "
                f"in every coordinate (m_hat = g and v_hat = g² after one step), but it is {step}")


def test_gets_close_to_the_minimum_of_a_quadratic(kata):
    """On a well-conditioned quadratic (a fixed one), lr 0.01 for 2000 steps ends within 1e-3 of the minimum."""
    # fixed, not drawn: with a constant learning rate Adam can settle into a small cycle around the
    # minimum; on 6 of 2000 random quadratics the reference itself ended 1e-3 away, so a drawn one
    # failed right code now and then. This one (minimum about (1.08, 1.00, 0.32, 0.28)) it reaches.
    quadratic = Quadratic.random(np.random.default_rng(6), 4, condition=10.0)
    result = kata.call("adam", quadratic.grad, np.zeros(4), n_steps=2000, learning_rate=0.01)
    trajectory = np.asarray(result.value, dtype=float)
    require(trajectory.shape == (2001, 4), f"{result.shown} should return shape (2001, 4), got {trajectory.shape}")
    error = float(np.max(np.abs(trajectory[-1] - quadratic.minimum())))
    require(error < 1e-3, f"{result.shown}: after 2000 steps the last point should be within 1e-3 of the "
                          f"minimum {quadratic.minimum()}, but it is {trajectory[-1]} (off by {error:.3g})")


def test_grad_called_once_per_step(kata, rng):
    """grad is called exactly n_steps times: once per step."""
    quadratic = Quadratic.random(rng, 3)
    for n_steps in (0, 1, 7):
        result = kata.call("adam", quadratic.grad, np.ones(3), n_steps=n_steps, learning_rate=0.1)
        count = result.calls.get("grad", 0)
        require(count == n_steps,
                f"{result.shown} called grad {count} times; it should call grad exactly once per step "
                f"({n_steps} in all)")


def test_betas_zero_by_hand(kata):
    """beta1 = beta2 = 0 (the boundary of [0, 1)): m = g, v = g², no bias correction left (1 − 0^t = 1)."""
    # grad(x) = x from (2, −0.5), lr 0.1: each step is 0.1·x/(|x| + 1e-8) ≈ 0.1·sign(x).
    x1 = np.array([2.0, -0.5]) - 0.1 * np.array([2.0, -0.5]) / (np.array([2.0, 0.5]) + 1e-8)
    x2 = x1 - 0.1 * x1 / (np.abs(x1) + 1e-8)
    kata.check("adam", IDENTITY_GRAD, np.array([2.0, -0.5]), n_steps=2, learning_rate=0.1, beta1=0.0, beta2=0.0,
               expected=np.array([[2.0, -0.5], x1, x2]))
