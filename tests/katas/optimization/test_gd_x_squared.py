"""Hidden tests for optimization/gd_x_squared: gradient_descent(x0, learning_rate, n_steps)."""
import numpy as np

from grader.testing import require


def test_three_steps_by_hand(kata):
    """x0 = 3, learning rate 0.25 halves x at every step: 3, 1.5, 0.75, 0.375."""
    kata.check("gradient_descent", 3.0, learning_rate=0.25, n_steps=3,
               expected=np.array([3.0, 1.5, 0.75, 0.375]))


def test_negative_start_by_hand(kata):
    """x0 = -2, learning rate 0.1 multiplies x by 0.8 at every step."""
    kata.check("gradient_descent", -2.0, learning_rate=0.1, n_steps=2,
               expected=np.array([-2.0, -1.6, -1.28]))


def test_computed_in_float64(kata):
    """x0 = 0.1, learning rate 0.1: 0.1, 0.08, 0.064, 0.0512 to float64 precision (relative 1e-12), not float32's 1e-8."""
    # Each update multiplies by 1 − 2·0.1 = 0.8; float32 cannot hold 0.1 (it stores 0.100000001490116).
    kata.check("gradient_descent", 0.1, learning_rate=0.1, n_steps=3,
               expected=np.array([0.1, 0.08, 0.064, 0.0512]), rtol=1e-12, atol=0.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random start points, learning rates (converging, oscillating, diverging) and step counts."""
    arg_sets = []
    for _ in range(12):
        x0 = float(rng.uniform(-5, 5))
        learning_rate = float(rng.uniform(0.01, 1.2))
        n_steps = int(rng.integers(1, 30))
        arg_sets.append(((x0,), {"learning_rate": learning_rate, "n_steps": n_steps}))
    kata.check_each("gradient_descent", arg_sets)


def test_zero_steps_returns_the_start_point(kata):
    """n_steps = 0: the trajectory is [x0], shape (1,)."""
    kata.check("gradient_descent", 1.5, learning_rate=0.1, n_steps=0, expected=np.array([1.5]))


def test_integer_start_point_gives_floats(kata):
    """x0 = 3 (an int): the trajectory is still float64 and not truncated."""
    kata.check("gradient_descent", 3, learning_rate=0.1, n_steps=4,
               expected=np.array([3.0, 2.4, 1.92, 1.536, 1.2288]))


def test_integer_start_point_with_zero_steps(kata):
    """x0 = 3 (an int) and n_steps = 0: the trajectory [3.0] is float64 even though no update made it float."""
    # no update ever mixes in the float learning rate here: only an explicit float conversion gives [3.0]
    kata.check("gradient_descent", 3, learning_rate=0.1, n_steps=0, expected=np.array([3.0]))


def test_zero_start_point_stays_at_the_minimum(kata):
    """x0 = 0 is the minimum: every iterate is 0."""
    kata.check("gradient_descent", 0.0, learning_rate=0.3, n_steps=5, expected=np.zeros(6))


def test_learning_rate_one_half_jumps_to_the_minimum(kata):
    """With learning rate 0.5 the first update lands exactly on 0 and stays there."""
    kata.check("gradient_descent", 7.0, learning_rate=0.5, n_steps=3, expected=np.array([7.0, 0, 0, 0]))


def test_three_regimes(kata, rng):
    """0 < lr < 0.5 shrinks monotonically, 0.5 < lr < 1 oscillates and shrinks, lr > 1 diverges."""
    x0 = float(rng.uniform(1, 4))
    for learning_rate, regime in [(0.2, "converge"), (0.8, "oscillate"), (1.3, "diverge")]:
        result = kata.call("gradient_descent", x0, learning_rate=learning_rate, n_steps=12)
        trajectory = np.asarray(result.value, dtype=float)
        require(trajectory.shape == (13,), f"{result.shown} should return 13 points, got shape {trajectory.shape}")
        size, signs = np.abs(trajectory), np.sign(trajectory)
        if regime == "converge":
            require(np.all(np.diff(size) < 0) and np.all(signs == 1),
                    f"{result.shown}: with 0 < lr < 0.5 the iterates should shrink towards 0 without "
                    f"changing sign, but got {trajectory[:5]}…")
        elif regime == "oscillate":
            require(np.all(np.diff(size) < 0) and np.all(signs[1:] == -signs[:-1]),
                    f"{result.shown}: with 0.5 < lr < 1 the iterates should alternate in sign and shrink, "
                    f"but got {trajectory[:5]}…")
        else:
            require(np.all(np.diff(size) > 0),
                    f"{result.shown}: with lr > 1 the iterates should grow in size (diverge), "
                    f"but got {trajectory[:5]}…")
