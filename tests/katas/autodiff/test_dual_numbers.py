"""Hidden tests for autodiff/dual_numbers: a `Dual(value, derivative)` for forward-mode autodiff.

Every test is a scenario (grader/objects.py): played on the reference Dual, then on the
learner's, observation by observation. (The given helper `derivative(f, x)` is not graded: the
grader cannot hand a function to the learner's Dual; the seeded scenarios below do what it does.)
"""
import math

from grader.testing import require


def _pair(world, a=(2.0, 1.0), b=(5.0, -3.0)):
    return world.new("Dual", *a, as_="a"), world.new("Dual", *b, as_="b")


def _look(world, d):
    world.get(d, "value")
    world.get(d, "derivative")


def test_value_and_derivative_are_floats(kata):
    """Dual(2, 1) holds the floats 2.0 and 1.0; Dual(3) is a constant: derivative 0.0."""
    def scenario(world):
        _look(world, world.new("Dual", 2, 1, as_="a"))        # 2.0, 1.0
        _look(world, world.new("Dual", 3, as_="c"))           # 3.0, 0.0
    kata.scenario(scenario)


def test_sum_and_difference_by_hand(kata):
    """a = (2, 1), b = (5, −3): a + b = (7, −2), a − b = (−3, 4), −a = (−2, −1)."""
    def scenario(world):
        a, b = _pair(world)
        _look(world, a + b)                                   # 7.0, -2.0
        _look(world, a - b)                                   # -3.0, 4.0
        _look(world, -a)                                      # -2.0, -1.0
    kata.scenario(scenario)


def test_product_rule_by_hand(kata):
    """a = (2, 1), b = (5, −3): a·b = (10, 1·5 + 2·(−3)) = (10, −1): both terms of the product rule."""
    def scenario(world):
        a, b = _pair(world)
        _look(world, a * b)                                   # 10.0, -1.0
        _look(world, b * a)                                   # 10.0, -1.0
    kata.scenario(scenario)


def test_quotient_rule_by_hand(kata):
    """a = (2, 1), b = (5, −3): a / b = (0.4, (1·5 − 2·(−3)) / 25) = (0.4, 0.44); b / a = (2.5, −5.5/2)."""
    def scenario(world):
        a, b = _pair(world)
        _look(world, a / b)                                   # 0.4, 11/25 = 0.44
        _look(world, b / a)                                   # 2.5, (-3·2 - 5·1)/4 = -2.75
    kata.scenario(scenario)


def test_plain_numbers_on_the_right(kata):
    """a = (2, 1): a + 1 = (3, 1), a − 1 = (1, 1), a·3 = (6, 3), a / 4 = (0.5, 0.25): constants have derivative 0."""
    def scenario(world):
        a = world.new("Dual", 2.0, 1.0, as_="a")
        _look(world, a + 1)
        _look(world, a - 1)
        _look(world, a * 3)
        _look(world, a / 4)
    kata.scenario(scenario)


def test_plain_numbers_on_the_left(kata):
    """a = (2, 1): 1 + a = (3, 1), 3·a = (6, 3), 1 − a = (−1, −1), 1 / a = (0.5, −1/4)."""
    def scenario(world):
        a = world.new("Dual", 2.0, 1.0, as_="a")
        _look(world, 1 + a)
        _look(world, 3 * a)
        _look(world, 1 - a)                                   # -1.0, -1.0 (not a - 1)
        _look(world, 1 / a)                                   # 0.5, -1/a² = -0.25 (not a / 1)
    kata.scenario(scenario)


def test_power_rule_by_hand(kata):
    """a = (2, 3): a³ = (8, 3·4·3 = 36), a⁻¹ = (0.5, −¼·3 = −0.75), a⁰ = (1, 0), a¹ = (2, 3), a^0.5 = (√2, 3/(2√2))."""
    def scenario(world):
        a = world.new("Dual", 2.0, 3.0, as_="a")
        _look(world, a ** 3)                                  # 8.0, 36.0
        _look(world, a ** -1)                                 # 0.5, -0.75
        _look(world, a ** 0)                                  # 1.0, 0.0
        _look(world, a ** 1)                                  # 2.0, 3.0: the incoming derivative, not 1
        _look(world, a ** 0.5)                                # 1.4142…, 1.0606…
    kata.scenario(scenario)


def test_sin_cos_by_hand(kata):
    """u = (0.5, 2): sin → (sin 0.5, 2·cos 0.5), cos → (cos 0.5, −2·sin 0.5)."""
    def scenario(world):
        u = world.new("Dual", 0.5, 2.0, as_="u")
        _look(world, world.call(u, "sin"))                    # 0.479425…, 1.755165…
        _look(world, world.call(u, "cos"))                    # 0.877582…, -0.958851…
    kata.scenario(scenario)


def test_exp_log_by_hand(kata):
    """u = (0.5, 2): exp → (e^0.5, 2·e^0.5); log → (ln 0.5, 2 / 0.5 = 4), not (ln 0.5, 2)."""
    def scenario(world):
        u = world.new("Dual", 0.5, 2.0, as_="u")
        _look(world, world.call(u, "exp"))                    # 1.648721…, 3.297442…
        _look(world, world.call(u, "log"))                    # -0.693147…, 4.0
    kata.scenario(scenario)


def test_seeded_composite_by_hand(kata):
    """x = (1, 1): f(x) = x·sin x has f′(1) = sin 1 + cos 1 = 1.3818…; g(x) = log(x² + 1) has g′(1) = 1."""
    def scenario(world):
        x = world.new("Dual", 1.0, 1.0, as_="x")
        _look(world, x * world.call(x, "sin"))
        _look(world, world.call(x * x + 1, "log"))            # ln 2, 2x/(x²+1) = 1.0
    kata.scenario(scenario)


def test_operands_are_not_modified(kata):
    """After a + b, a·b, a / b, a ** 2 and a.sin(), a and b still hold (2, 1) and (5, −3)."""
    def scenario(world):
        a, b = _pair(world)
        for d in (a + b, a * b, a / b, a ** 2, world.call(a, "sin"), 1 - a, 1 / a):
            world.get(d, "value")
        _look(world, a)
        _look(world, b)
    kata.scenario(scenario)


def _program(rng, n_ops):
    """A random expression of one variable, as steps over a growing list of nodes."""
    steps = []
    for _ in range(n_ops):
        kind = str(rng.choice(["+", "*", "-", "/", "pow", "sin", "cos", "exp", "log", "c-", "c/", "c*"]))
        i, j = (int(v) for v in rng.integers(0, 1 + len(steps), size=2))
        steps.append((kind, i, j, float(rng.uniform(0.5, 2.0))))
    return steps


def _build(world, x, steps):
    nodes = [world.new("Dual", x, 1.0, as_="x")]
    for kind, i, j, c in steps:
        a, b = nodes[i], nodes[j]
        if kind == "+":
            nodes.append(a + b)
        elif kind == "*":
            nodes.append(a * b)
        elif kind == "-":
            nodes.append(a - b)
        elif kind == "/":
            nodes.append(a / (b * b + 1))                     # never divides by zero
        elif kind == "pow":
            nodes.append((a * a + 0.5) ** 1.5)
        elif kind == "sin":
            nodes.append(world.call(a, "sin"))
        elif kind == "cos":
            nodes.append(world.call(a, "cos"))
        elif kind == "exp":
            nodes.append(world.call(world.call(a, "sin"), "exp"))
        elif kind == "log":
            nodes.append(world.call(a * a + c, "log"))        # log of something positive
        elif kind == "c-":
            nodes.append(c - a)
        elif kind == "c/":
            nodes.append(c / (a * a + 1))
        else:
            nodes.append(c * a)
    return nodes


def test_matches_reference_on_random_expressions(kata, rng):
    """Random expressions of 10 operations, nodes reused at random, seeded at x: value and derivative."""
    programs = [(float(rng.uniform(-1.5, 1.5)), _program(rng, 10)) for _ in range(8)]

    def scenario(world):
        for x, steps in programs:
            _look(world, _build(world, x, steps)[-1])
    kata.scenario(scenario)


def test_derivatives_match_finite_differences(kata, rng):
    """The learner's derivative parts agree with central differences of the learner's own values."""
    programs = [(float(rng.uniform(-1.0, 1.0)), _program(rng, 8)) for _ in range(3)]
    h = 1e-6

    def scenario(world):
        found = []
        for x, steps in programs:
            out = _build(world, x, steps)[-1]
            derivative = world.get(out, "derivative")
            plus = world.get(_build(world, x + h, steps)[-1], "value")
            minus = world.get(_build(world, x - h, steps)[-1], "value")
            found.append((x, derivative, (plus - minus) / (2 * h)))
        return found

    for x, derivative, difference in kata.scenario(scenario):
        require(math.isclose(derivative, difference, rel_tol=1e-4, abs_tol=1e-6),
                f"at x = {x!r} your derivative part is {derivative!r}, but central differences of your own "
                f"values give {difference!r}")
