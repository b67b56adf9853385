"""Hidden tests for autodiff/value: a scalar `Value` with reverse-mode backward().

Every test is a scenario (grader/objects.py): played on the reference Value, then on the
learner's, observation by observation.
"""
import math

from grader.testing import require


def _pair(world, a=2.0, b=-3.0):
    return world.new("Value", a, as_="a"), world.new("Value", b, as_="b")


def test_product_by_hand(kata):
    """c = a·b with a = 2, b = −3: c.data = −6; after c.backward(), a.grad = b = −3, b.grad = a = 2."""
    def scenario(world):
        a, b = _pair(world)
        c = a * b
        world.get(c, "data")                   # -6.0
        world.get(a, "grad")                   # 0.0 before backward
        world.call(c, "backward")              # None
        world.get(c, "grad")                   # 1.0
        world.get(a, "grad")                   # -3.0
        world.get(b, "grad")                   # 2.0
    kata.scenario(scenario)


def test_data_and_grad_are_floats(kata):
    """Value(2) holds the float 2.0, and its grad is the float 0.0 before backward."""
    def scenario(world):
        a = world.new("Value", 2, as_="a")
        world.get(a, "data")                   # 2.0, a float
        world.get(a, "grad")                   # 0.0, a float
    kata.scenario(scenario)


def test_a_node_used_twice_accumulates(kata):
    """d = a·b + a: a reaches d by two paths, so a.grad = b + 1 = −2 (not −3, not 1); b.grad = 2."""
    def scenario(world):
        a, b = _pair(world)
        d = a * b + a
        world.get(d, "data")                   # -4.0
        world.call(d, "backward")
        world.get(a, "grad")                   # -2.0
        world.get(b, "grad")                   # 2.0
    kata.scenario(scenario)


def test_a_plus_a(kata):
    """b = a + a: both operands are the same Value, so a.grad = 2 (micrograd's early bug gave 1)."""
    def scenario(world):
        a = world.new("Value", 3.0, as_="a")
        b = a + a
        world.call(b, "backward")
        world.get(a, "grad")                   # 2.0
    kata.scenario(scenario)


def test_diamond(kata):
    """x = 3; y = 2x; z = x²; w = y·z (= 2x³): the gradient reaches x through y and z: w′ = 6x² = 54."""
    def scenario(world):
        x = world.new("Value", 3.0, as_="x")
        y = x * 2
        z = x ** 2
        w = y * z
        world.get(w, "data")                   # 54.0
        world.call(w, "backward")
        world.get(y, "grad")                   # z = 9
        world.get(z, "grad")                   # y = 6
        world.get(x, "grad")                   # 2·9 + 6·2·3 = 54
    kata.scenario(scenario)


def test_subtraction_division_and_powers_by_hand(kata):
    """a = 2, b = −3: e = (a − b) / b + a³ − (−a) = 5/−3 + 8 + 2; ∂e/∂a = 1/b + 3a² + 1, ∂e/∂b = −a/b²."""
    def scenario(world):
        a, b = _pair(world)
        e = (a - b) / b + a ** 3 - (-a)
        world.get(e, "data")                   # -5/3 + 10 = 8.333…
        world.call(e, "backward")
        world.get(a, "grad")                   # -1/3 + 12 + 1 = 12.666…
        world.get(b, "grad")                   # d/db[(a-b)/b] = -a/b² = -2/9
    kata.scenario(scenario)


def test_plain_numbers_on_either_side(kata):
    """2·a, a + 1, 1 − a, 1 / a and a / 4 with a = 0.5: data and gradients of their sum."""
    def scenario(world):
        a = world.new("Value", 0.5, as_="a")
        s = 2 * a + (a + 1) + (1 - a) + 1 / a + a / 4
        world.get(s, "data")                   # 1 + 1.5 + 0.5 + 2 + 0.125 = 5.125
        world.call(s, "backward")
        world.get(a, "grad")                   # 2 + 1 - 1 - 1/a² + 1/4 = -1.75
    kata.scenario(scenario)


def test_tanh_exp_by_hand(kata):
    """tanh(0.5) and exp(0.5): tanh′ = 1 − tanh², exp′ = exp."""
    def scenario(world):
        a = world.new("Value", 0.5, as_="a")
        t = world.call(a, "tanh")
        world.get(t, "data")                   # 0.46211715726000974
        world.call(t, "backward")
        world.get(a, "grad")                   # 1 - tanh(0.5)² = 0.7864477329659274
        b = world.new("Value", 0.5, as_="b")
        e = world.call(b, "exp")
        world.call(e, "backward")
        world.get(b, "grad")                   # e^0.5 = 1.6487212707001282
    kata.scenario(scenario)


def test_relu_on_both_sides_and_at_zero(kata):
    """relu(2) passes the gradient (1), relu(−2) and relu(0) block it (0, as PyTorch at exactly 0)."""
    def scenario(world):
        for start in (2.0, -2.0, 0.0):
            a = world.new("Value", start, as_="a")
            r = world.call(a, "relu")
            world.get(r, "data")               # 2.0, 0.0, 0.0
            world.call(r, "backward")
            world.get(a, "grad")               # 1.0, 0.0, 0.0
    kata.scenario(scenario)


def _program(rng, n_inputs, n_ops):
    """A random expression as a list of steps over a growing list of nodes."""
    steps = []
    for _ in range(n_ops):
        kind = str(rng.choice(["+", "*", "-", "/", "pow", "tanh", "exp", "relu", "const*", "+const"]))
        i, j = (int(v) for v in rng.integers(0, n_inputs + len(steps), size=2))
        steps.append((kind, i, j, float(rng.uniform(0.5, 2.0))))
    return steps


def _build(world, inputs, steps):
    nodes = [world.new("Value", x, as_=f"x{k}") for k, x in enumerate(inputs)]
    for kind, i, j, c in steps:
        a, b = nodes[i], nodes[j]
        if kind == "+":
            nodes.append(a + b)
        elif kind == "*":
            nodes.append(a * b)
        elif kind == "-":
            nodes.append(a - b)
        elif kind == "/":
            nodes.append(a / (b * b + 1))      # never divides by zero
        elif kind == "pow":
            nodes.append((a * a + 0.5) ** 1.5)
        elif kind == "tanh":
            nodes.append(world.call(a, "tanh"))
        elif kind == "exp":
            nodes.append(world.call(world.call(a, "tanh"), "exp"))
        elif kind == "relu":
            nodes.append(world.call(a, "relu"))
        elif kind == "const*":
            nodes.append(c * a)
        else:
            nodes.append(a + c)
    return nodes


def test_matches_reference_on_random_graphs(kata, rng):
    """Random expression graphs of 3 inputs and 12 operations, nodes reused at random: data and every grad."""
    programs = [([float(v) for v in rng.uniform(-1.5, 1.5, size=3)], _program(rng, 3, 12)) for _ in range(6)]

    def scenario(world):
        for inputs, steps in programs:
            nodes = _build(world, inputs, steps)
            world.get(nodes[-1], "data")
            world.call(nodes[-1], "backward")
            for node in nodes[:3]:
                world.get(node, "grad")
    kata.scenario(scenario)


def test_gradients_match_finite_differences(kata, rng):
    """The learner's own backward agrees with central differences of the learner's own forward."""
    inputs, steps = [float(v) for v in rng.uniform(-1.0, 1.0, size=3)], _program(rng, 3, 10)
    h = 1e-6

    def scenario(world):
        nodes = _build(world, inputs, steps)
        world.call(nodes[-1], "backward")
        grads = [world.get(node, "grad") for node in nodes[:3]]
        differences = []
        for k in range(3):
            values = []
            for sign in (1, -1):
                moved = list(inputs)
                moved[k] += sign * h
                values.append(world.get(_build(world, moved, steps)[-1], "data"))
            differences.append((values[0] - values[1]) / (2 * h))
        return grads, differences

    grads, differences = kata.scenario(scenario)
    for k, (grad, difference) in enumerate(zip(grads, differences)):
        require(math.isclose(grad, difference, rel_tol=1e-4, abs_tol=1e-6),
                f"x{k}.grad is {grad!r}, but central differences of your own forward pass give {difference!r}")
