"""Hidden tests for autodiff/tensor_autograd: a `Tensor` over float64 arrays with backward().

Every test is a scenario (grader/objects.py): played on the reference Tensor, then on the
learner's, observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np

from grader.testing import require


def test_data_and_grad_types(kata):
    """Tensor([[1, 2]]) holds a float64 (1, 2) array; Tensor(2) a 0-d array; grads are zeros of the same shape."""
    def scenario(world):
        a = world.new("Tensor", [[1, 2]], as_="a")
        world.get(a, "data")                   # array([[1., 2.]])
        world.get(a, "grad")                   # array([[0., 0.]])
        c = world.new("Tensor", 2, as_="c")
        world.get(c, "data")                   # array(2.)
        world.get(c, "grad")                   # array(0.)
    kata.scenario(scenario)


def test_sum_seeds_one(kata):
    """s = x.sum() with x = [1, −2, 3]: s.data = 2 (0-d); after backward s.grad = 1.0 and x.grad = [1, 1, 1]."""
    def scenario(world):
        x = world.new("Tensor", np.array([1.0, -2.0, 3.0]), as_="x")
        s = world.call(x, "sum")
        world.get(s, "data")                   # array(2.)
        world.call(s, "backward")              # None
        world.get(s, "grad")                   # array(1.)
        world.get(x, "grad")                   # [1, 1, 1]
    kata.scenario(scenario)


def test_square_matmul_by_hand(kata):
    """A = [[1, 2], [3, 4]], B = [[1, 2], [0, 1]], L = sum(A @ B): A.grad = 1·Bᵀ = [[3, 1], [3, 1]], B.grad = Aᵀ·1 = [[4, 4], [6, 6]]."""
    def scenario(world):
        A = world.new("Tensor", np.array([[1.0, 2.0], [3.0, 4.0]]), as_="A")
        B = world.new("Tensor", np.array([[1.0, 2.0], [0.0, 1.0]]), as_="B")
        C = A @ B
        world.get(C, "data")                   # [[1, 4], [3, 10]]
        L = world.call(C, "sum")
        world.call(L, "backward")
        world.get(A, "grad")                   # row j of ones @ Bᵀ: row sums of B: [[3, 1], [3, 1]]
        world.get(B, "grad")                   # column sums of A: [[4, 4], [6, 6]]
    kata.scenario(scenario)


def test_rectangular_matmul_by_hand(kata):
    """A (2, 3) @ B (3, 1), L = sum: A.grad = 1·Bᵀ = [[1, 2, 3], [1, 2, 3]], B.grad = column sums of A."""
    def scenario(world):
        A = world.new("Tensor", np.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]]), as_="A")
        B = world.new("Tensor", np.array([[1.0], [2.0], [3.0]]), as_="B")
        L = world.call(A @ B, "sum")
        world.get(L, "data")                   # 7 + (-1) = 6
        world.call(L, "backward")
        world.get(A, "grad")                   # [[1, 2, 3], [1, 2, 3]]
        world.get(B, "grad")                   # [[1], [1], [1]]
    kata.scenario(scenario)


def test_broadcast_add_sums_back(kata):
    """X (2, 3) + b (3,): X.grad = ones (2, 3); b.grad = [2, 2, 2], summed over the batch, shape (3,)."""
    def scenario(world):
        X = world.new("Tensor", np.arange(6.0).reshape(2, 3), as_="X")
        b = world.new("Tensor", np.array([10.0, 20.0, 30.0]), as_="b")
        L = world.call(X + b, "sum")
        world.get(L, "data")                   # 15 + 2·60 = 135
        world.call(L, "backward")
        world.get(X, "grad")                   # ones
        world.get(b, "grad")                   # [2, 2, 2]
    kata.scenario(scenario)


def test_broadcast_mul_sums_back(kata):
    """X = [[0, 1, 2], [3, 4, 5]] times b = [10, 20, 30]: X.grad = b on each row, b.grad = column sums of X = [3, 5, 7]."""
    def scenario(world):
        X = world.new("Tensor", np.arange(6.0).reshape(2, 3), as_="X")
        b = world.new("Tensor", np.array([10.0, 20.0, 30.0]), as_="b")
        L = world.call(X * b, "sum")
        world.get(L, "data")                   # 0 + 20 + 60 + 30 + 80 + 150 = 340
        world.call(L, "backward")
        world.get(X, "grad")                   # [[10, 20, 30], [10, 20, 30]]
        world.get(b, "grad")                   # [3, 5, 7]
    kata.scenario(scenario)


def test_broadcast_both_sides(kata):
    """L = sum(c·r + c), c (2, 1) and r (1, 3) broadcast to (2, 3): c.grad = [[9], [9]], r.grad = [[3, 3, 3]], each its own shape."""
    def scenario(world):
        c = world.new("Tensor", np.array([[1.0], [2.0]]), as_="c")
        r = world.new("Tensor", np.array([[1.0, 2.0, 3.0]]), as_="r")
        L = world.call(c * r + c, "sum")       # c·r: sum = 3·6 = 18; + c three times each: 9
        world.get(L, "data")                   # 27
        world.call(L, "backward")
        world.get(c, "grad")                   # row sums of r, plus 3: [[9], [9]]
        world.get(r, "grad")                   # column sums of c: [[3, 3, 3]]
        world.get(c, "data")                   # operands unchanged: [[1], [2]]
    kata.scenario(scenario)


def test_reused_tensor_accumulates(kata):
    """L = sum(a·a) + sum(a) with a = [1, −2, 3]: a reaches L by three paths: a.grad = 2a + 1 = [3, −3, 7]."""
    def scenario(world):
        a = world.new("Tensor", np.array([1.0, -2.0, 3.0]), as_="a")
        L = world.call(a * a, "sum") + world.call(a, "sum")
        world.get(L, "data")                   # 14 + 2 = 16
        world.call(L, "backward")
        world.get(a, "grad")                   # [3, -3, 7]
    kata.scenario(scenario)


def test_relu_at_zero_and_both_sides(kata):
    """relu of [−1, 0, 2]: data [0, 0, 2], x itself unchanged; the gradient passes only where data > 0: [0, 0, 1] (0 at exactly 0)."""
    def scenario(world):
        x = world.new("Tensor", np.array([-1.0, 0.0, 2.0]), as_="x")
        r = world.call(x, "relu")
        world.get(r, "data")                   # [0, 0, 2]
        world.get(x, "data")                   # unchanged: [-1, 0, 2] (relu makes a new Tensor)
        L = world.call(r, "sum")
        world.call(L, "backward")
        world.get(x, "grad")                   # [0, 0, 1]
    kata.scenario(scenario)


def test_plain_numbers_on_either_side(kata):
    """x = [1, 2]: L = sum(3·x + x·0.5 + (x + 1) + (2 + x)): x.grad = 3 + 0.5 + 1 + 1 = 5.5 each."""
    def scenario(world):
        x = world.new("Tensor", np.array([1.0, 2.0]), as_="x")
        L = world.call(3 * x + x * 0.5 + (x + 1) + (2 + x), "sum")
        world.get(L, "data")                   # 9 + 1.5 + 5 + 7 = 22.5
        world.call(L, "backward")
        world.get(x, "grad")                   # [5.5, 5.5]
    kata.scenario(scenario)


def test_diamond_in_a_layer(kata):
    """h = x @ W; L = sum(relu(h) · h): h reaches L by two paths; every node's gradient complete before it is passed on."""
    def scenario(world):
        x = world.new("Tensor", np.array([[1.0, -1.0]]), as_="x")
        W = world.new("Tensor", np.array([[2.0, 1.0], [1.0, 3.0]]), as_="W")
        h = x @ W                              # [[1, -2]]
        L = world.call(world.call(h, "relu") * h, "sum")
        world.get(L, "data")                   # 1·1 + 0·(-2) = 1
        world.call(L, "backward")
        world.get(h, "grad")                   # relu(h) + h·[h > 0] = [[2, 0]]
        world.get(W, "grad")                   # xᵀ @ [[2, 0]] = [[2, 0], [-2, 0]]
        world.get(x, "grad")                   # [[2, 0]] @ Wᵀ = [[4, 2]]
    kata.scenario(scenario)


def _mlp_inputs(rng, n, d, h):
    return (rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h),
            rng.standard_normal((h, 1)), rng.standard_normal((n, 1)))


def _mlp(world, X, W1, b1, W2, y):
    """L = sum(((relu(X W1 + b1) W2) + (−1)·y)²) as a list of (name, Tensor) leaves and L."""
    leaves = [world.new("Tensor", v, as_=name) for v, name in zip((X, W1, b1, W2, y), ("X", "W1", "b1", "W2", "y"))]
    X_, W1_, b1_, W2_, y_ = leaves
    hidden = world.call(X_ @ W1_ + b1_, "relu")
    error = hidden @ W2_ + (-1) * y_
    return leaves, world.call(error * error, "sum")


def test_matches_reference_on_random_mlps(kata, rng):
    """A 2-layer MLP with squared error on random data (batch N, width D, hidden H): loss and every grad."""
    cases = [_mlp_inputs(rng, int(rng.integers(1, 6)), int(rng.integers(1, 4)), int(rng.integers(1, 5)))
             for _ in range(5)]

    def scenario(world):
        for inputs in cases:
            leaves, L = _mlp(world, *inputs)
            world.get(L, "data")
            world.call(L, "backward")
            for leaf in leaves:
                world.get(leaf, "grad")
    kata.scenario(scenario)


def _numpy_loss(X, W1, b1, W2, y):
    error = np.maximum(X @ W1 + b1, 0.0) @ W2 - y
    return float(np.sum(error * error))


def test_gradients_match_finite_differences(kata, rng):
    """W1, b1 and W2's grads agree with central differences of the loss in plain numpy, and of the learner's own forward."""
    inputs = list(_mlp_inputs(rng, 3, 2, 3))
    h = 1e-6

    def scenario(world):
        leaves, L = _mlp(world, *inputs)
        world.call(L, "backward")
        grads = [world.get(leaf, "grad") for leaf in leaves[1:4]]
        own = []
        for k in (1, 2, 3):
            numeric = np.zeros_like(inputs[k])
            for index in np.ndindex(inputs[k].shape):
                values = []
                for sign in (1, -1):
                    moved = [v.copy() for v in inputs]
                    moved[k][index] += sign * h
                    values.append(float(world.get(_mlp(world, *moved)[1], "data")))
                numeric[index] = (values[0] - values[1]) / (2 * h)
            own.append(numeric)
        return grads, own

    grads, own = kata.scenario(scenario)
    for k, name, grad, numeric_own in zip((1, 2, 3), ("W1", "b1", "W2"), grads, own):
        numeric = np.zeros_like(inputs[k])
        for index in np.ndindex(inputs[k].shape):
            moved_up = [v.copy() for v in inputs]
            moved_down = [v.copy() for v in inputs]
            moved_up[k][index] += h
            moved_down[k][index] -= h
            numeric[index] = (_numpy_loss(*moved_up) - _numpy_loss(*moved_down)) / (2 * h)
        require(np.allclose(grad, numeric, rtol=1e-4, atol=1e-6),
                f"{name}.grad is {grad!r}, but central differences of the loss give {numeric!r}")
        require(np.allclose(grad, numeric_own, rtol=1e-4, atol=1e-6),
                f"{name}.grad is {grad!r}, but central differences of your own forward pass give {numeric_own!r}")
