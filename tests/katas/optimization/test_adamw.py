"""Hidden tests for optimization/adamw: adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9,
beta2=0.999, eps=1e-8, weight_decay=0.01)."""
import numpy as np

from grader.functions import Linear, Quadratic, Rosenbrock, Sphere
from grader.testing import require

# grad(x) = x: the gradient of ½‖x‖²
IDENTITY_GRAD = Sphere(0.5).grad


def _constant_gradient_path(x0, g, learning_rate, weight_decay, eps, n_steps):
    """With a constant gradient the Adam part of every step is exactly g/(|g| + eps); the decay adds lr·wd·x."""
    g = np.asarray(g, dtype=float)
    rows = [np.asarray(x0, dtype=float)]
    for _ in range(n_steps):
        x = rows[-1]
        rows.append(x - learning_rate * (g / (np.abs(g) + eps) + weight_decay * x))
    return np.array(rows)


def test_constant_gradient_by_hand(kata):
    """Constant gradient (1, −2), lr 0.1, weight_decay 0.5: each step is x·0.95 ∓ 0.1, using x before the step."""
    expected = np.array([[1.0, 1.0],
                         [0.95 - 0.1, 0.95 + 0.1],                           # (0.85, 1.05)
                         [0.95 * 0.85 - 0.1, 0.95 * 1.05 + 0.1],             # (0.7075, 1.0975)
                         [0.95 * 0.7075 - 0.1, 0.95 * 1.0975 + 0.1]])        # (0.572125, 1.142625)
    kata.check("adamw", Linear([1.0, -2.0]).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.1,
               weight_decay=0.5, expected=expected)


def test_zero_gradient_only_decays(kata):
    """A zero gradient leaves only the decay: x_t = (1 − lr·weight_decay)^t · x0 = 0.95^t · x0."""
    expected = np.array([[2.0, -1.0]]) * 0.95 ** np.arange(5)[:, None]
    kata.check("adamw", Linear([0.0, 0.0]).grad, np.array([2.0, -1.0]), n_steps=4, learning_rate=0.1,
               weight_decay=0.5, expected=expected)


def test_changing_gradient_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.1, beta1 0.5, beta2 0.75, weight_decay 0.2: three steps one by one."""
    x0 = np.array([1.0, -4.0])
    m1, v1 = 0.5 * x0, 0.25 * x0 ** 2                 # g = x: the decay never enters m or v
    x1 = x0 - 0.1 * ((m1 / 0.5) / (np.sqrt(v1 / 0.25) + 1e-8) + 0.2 * x0)
    m2, v2 = 0.5 * m1 + 0.5 * x1, 0.75 * v1 + 0.25 * x1 ** 2
    x2 = x1 - 0.1 * ((m2 / 0.75) / (np.sqrt(v2 / 0.4375) + 1e-8) + 0.2 * x1)
    m3, v3 = 0.5 * m2 + 0.5 * x2, 0.75 * v2 + 0.25 * x2 ** 2
    x3 = x2 - 0.1 * ((m3 / 0.875) / (np.sqrt(v3 / 0.578125) + 1e-8) + 0.2 * x2)
    kata.check("adamw", IDENTITY_GRAD, x0, n_steps=3, learning_rate=0.1, beta1=0.5, beta2=0.75,
               weight_decay=0.2, expected=np.array([x0, x1, x2, x3]))


def test_default_weight_decay(kata):
    """weight_decay omitted: it is 0.01, so with lr 0.1 each step multiplies x by 0.999 before the ∓0.1."""
    expected = np.array([[1.0, 1.0],
                         [0.999 - 0.1, 0.999 + 0.1],                       # (0.899, 1.099)
                         [0.999 * 0.899 - 0.1, 0.999 * 1.099 + 0.1],
                         [0.999 * (0.999 * 0.899 - 0.1) - 0.1, 0.999 * (0.999 * 1.099 + 0.1) + 0.1]])
    kata.check("adamw", Linear([1.0, -2.0]).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.1,
               expected=expected)


def test_all_defaults(kata):
    """Everything after n_steps omitted: lr 0.001 and weight_decay 0.01, so x = 0.99999·x ∓ 0.001 each step."""
    kata.check("adamw", Linear([1.0, -2.0]).grad, np.array([1.0, 1.0]), n_steps=3,
               expected=_constant_gradient_path([1.0, 1.0], [1.0, -2.0], 0.001, 0.01, 1e-8, 3))


def test_weight_decay_zero_is_adam(kata):
    """weight_decay = 0: plain Adam, so a constant gradient moves each coordinate by lr = 0.1 a step."""
    expected = np.array([[1.0, 1.0], [0.9, 1.1], [0.8, 1.2], [0.7, 1.3]])
    kata.check("adamw", Linear([1.0, -2.0]).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.1,
               weight_decay=0.0, expected=expected)


def test_large_eps_by_hand(kata):
    """Constant gradient (2, −1), eps 0.5: the Adam part is g/(|g| + 0.5), eps outside the root."""
    kata.check("adamw", Linear([2.0, -1.0]).grad, np.array([1.0, -1.0]), n_steps=3, learning_rate=0.1, eps=0.5,
               weight_decay=0.1, expected=_constant_gradient_path([1.0, -1.0], [2.0, -1.0], 0.1, 0.1, 0.5, 3))


def test_matches_reference_on_random_quadratics(kata, rng):
    """Random quadratics in 1 to 5 dimensions, hyperparameters (some left at their defaults) and step counts."""
    arg_sets = []
    for case in range(10):
        d = int(rng.integers(1, 6))
        quadratic = Quadratic.random(rng, d, condition=float(rng.uniform(1, 20)))
        x0 = rng.uniform(-3, 3, size=d)
        options = {"learning_rate": float(rng.uniform(0.01, 0.3))} if case % 4 else {}
        if case % 3:
            options["weight_decay"] = float(rng.uniform(0.05, 0.5))
        if case % 2:
            options.update(beta1=float(rng.uniform(0.0, 0.95)), beta2=float(rng.uniform(0.5, 0.999)))
        arg_sets.append(((quadratic.grad, x0), {"n_steps": int(rng.integers(1, 30)), **options}))
    kata.check_each("adamw", arg_sets)


def test_matches_reference_on_rosenbrock(kata, rng):
    """The Rosenbrock valley, with a strong decay pulling towards 0 against the valley's pull towards (1, 1)."""
    for _ in range(4):
        x0 = rng.uniform([-1.5, -0.5], [1.5, 2.0])
        kata.check("adamw", Rosenbrock().grad, x0, n_steps=int(rng.integers(5, 40)),
                   learning_rate=float(rng.uniform(0.005, 0.05)), weight_decay=float(rng.uniform(0.1, 0.5)))


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1, d)."""
    kata.check("adamw", IDENTITY_GRAD, np.array([0.5, -1.5, 2.0]), n_steps=0, expected=np.array([[0.5, -1.5, 2.0]]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 of ints ([2, 4], or np.array([3, -1])) and n_steps = 0: the trajectory is x0 alone, and float64 though no update ran."""
    # with no update nothing float is mixed in: only an explicit float conversion of x0 gives [[2.0, 4.0]]
    kata.check("adamw", Sphere(1.0).grad, [2, 4], n_steps=0, expected=np.array([[2.0, 4.0]]))
    kata.check("adamw", Sphere(1.0).grad, np.array([3, -1]), n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_integer_start_point_gives_floats(kata):
    """x0 = [2, -1] (an int array) with a zero gradient: 0.95^t · x0, float64 and not truncated."""
    expected = np.array([[2.0, -1.0]]) * 0.95 ** np.arange(4)[:, None]
    kata.check("adamw", Linear([0.0, 0.0]).grad, np.array([2, -1]), n_steps=3, learning_rate=0.1,
               weight_decay=0.5, expected=expected)


def test_list_start_point(kata):
    """x0 given as a Python list: the same trajectory as the constant-gradient case by hand."""
    kata.check("adamw", Linear([1.0, -2.0]).grad, [1.0, 1.0], n_steps=3, learning_rate=0.1, weight_decay=0.5,
               expected=_constant_gradient_path([1.0, 1.0], [1.0, -2.0], 0.1, 0.5, 1e-8, 3))


def test_decay_does_not_depend_on_the_gradient_scale(kata, rng):
    """Decoupled decay: with a negligible eps, multiplying the function by 1000 leaves AdamW's path unchanged."""
    quadratic = Quadratic.random(rng, 3)
    scaled = Quadratic(1000 * quadratic.A, 1000 * quadratic.b)
    x0 = rng.uniform(-2, 2, size=3)
    plain = kata.call("adamw", quadratic.grad, x0, n_steps=20, learning_rate=0.05, weight_decay=0.3,
                      eps=1e-12)
    big = kata.call("adamw", scaled.grad, x0, n_steps=20, learning_rate=0.05, weight_decay=0.3,
                    eps=1e-12)
    a, b = np.asarray(plain.value, dtype=float), np.asarray(big.value, dtype=float)
    require(a.shape == b.shape == (21, 3) and np.allclose(a, b, rtol=1e-5, atol=1e-7),
            f"{plain.shown} and the same call with the gradient multiplied by 1000 should give the same "
            f"trajectory: Adam's step does not depend on the gradient's scale and the decay is separate from "
            f"the gradient, but they differ:\n  last points {a[-1] if a.ndim == 2 else a} and "
            f"{b[-1] if b.ndim == 2 else b}")


def test_grad_called_once_per_step(kata, rng):
    """grad is called exactly n_steps times: once per step."""
    quadratic = Quadratic.random(rng, 3)
    for n_steps in (0, 1, 7):
        result = kata.call("adamw", quadratic.grad, np.ones(3), n_steps=n_steps, learning_rate=0.1)
        count = result.calls.get("grad", 0)
        require(count == n_steps,
                f"{result.shown} called grad {count} times; it should call grad exactly once per step "
                f"({n_steps} in all)")
