"""Hidden tests for optimization/numerical_gradient: numerical_gradient(f, x, h=1e-5)."""
import numpy as np

from grader.functions import Polynomial1D, Quadratic, Sphere, Wavy
from grader.testing import require


def test_sphere_by_hand(kata):
    """f(x) = 1.5·Σx²: central differences are exact on a quadratic, 3x, even with h = 0.1."""
    kata.check("numerical_gradient", Sphere(1.5), np.array([1.0, -2.0, 0.5]), h=0.1,
               expected=np.array([3.0, -6.0, 1.5]))


def test_quadratic_by_hand(kata):
    """f(x) = ½xᵀAx − bᵀx with A = [[2, 1], [1, 3]], b = [1, −1] at x = (1, 2), h = 0.5: Ax − b = (3, 8)."""
    quadratic = Quadratic([[2.0, 1.0], [1.0, 3.0]], [1.0, -1.0])
    kata.check("numerical_gradient", quadratic, np.array([1.0, 2.0]), h=0.5, expected=np.array([3.0, 8.0]))


def test_two_dimensional_by_hand(kata):
    """A 2-D x (2×2): every entry (r, c) is perturbed on its own; f = 1.5·Σx² gives 3x, same shape."""
    kata.check("numerical_gradient", Sphere(1.5), np.array([[1.0, 2.0], [3.0, -1.0]]), h=0.1,
               expected=np.array([[3.0, 6.0], [9.0, -3.0]]))


def test_zero_dimensional_by_hand(kata):
    """A 0-d x (shape ()): f(x) = x³ at x = 2 with h = 0.1 gives 3·2² + h² = 12.01, returned with shape ()."""
    kata.check("numerical_gradient", Polynomial1D([0.0, 0.0, 0.0, 1.0]), np.array(2.0), h=0.1,
               expected=np.array(12.01))


def test_matches_reference_on_random_shapes(kata, rng):
    """Random smooth functions (Wavy) on x of shapes (), (1,), (5,), (3, 4), (2, 3, 2), various h."""
    arg_sets = []
    for shape in [(), (1,), (5,), (3, 4), (2, 3, 2), (4, 1)]:
        f = Wavy.random(rng, shape)
        x = rng.standard_normal(shape)
        arg_sets.append(((f, np.asarray(x, dtype=float)), {"h": float(10 ** rng.uniform(-4, -2))}))
    kata.check_each("numerical_gradient", arg_sets)


def test_default_step(kata, rng):
    """Called without h: the step is h = 1e-5."""
    for shape in [(4,), (2, 3)]:
        f = Wavy.random(rng, shape)
        kata.check("numerical_gradient", f, rng.standard_normal(shape))


def test_default_step_by_hand(kata):
    """Called without h, f(x) = x³ at x = 0: ((h)³ − (−h)³)/2h = h² = 1e-10 exactly when h = 1e-5 (1e-8 for h = 1e-4)."""
    # the exact derivative at 0 is 0, so the central difference is pure step error: h² tells h apart;
    # rtol 1e-6 and atol 0, or the default absolute tolerance would swallow 1e-10 vs 1e-12 or 1e-8
    kata.check("numerical_gradient", Polynomial1D([0.0, 0.0, 0.0, 1.0]), np.array(0.0),
               expected=np.array(1e-10), rtol=1e-6, atol=0.0)


def test_x_is_left_exactly_as_it_was(kata, rng):
    """After the call, x holds exactly its original values (every bit), whatever the perturbations did."""
    for shape in [(12,), (3, 5)]:
        f = Wavy.random(rng, shape)
        x = rng.standard_normal(shape)
        result = kata.call("numerical_gradient", f, x, h=1e-3)
        after = result.args_after.get("x", x)
        require(isinstance(after, np.ndarray) and after.shape == x.shape and np.array_equal(after, x),
                f"{result.shown} changed x: restore every entry from a saved value, or work on a copy; "
                f"{int(np.sum(np.asarray(after) != x))} of {x.size} entries differ afterwards")


def test_agrees_with_the_exact_gradient(kata, rng):
    """With the default h the estimate agrees with the exact gradient of Wavy to about 1e-6."""
    for shape in [(6,), (2, 4)]:
        f = Wavy.random(rng, shape)
        x = rng.standard_normal(shape)
        kata.check("numerical_gradient", f, x, expected=f.grad(x), atol=1e-6)
