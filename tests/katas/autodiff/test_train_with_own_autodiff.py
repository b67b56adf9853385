"""Hidden tests for autodiff/train_with_own_autodiff: train(...) a 2-layer MLP with the learner's Tensor.

The Tensor is checked first with short scenarios (so a wrong backward rule is named there), then
the loss curve of train() is compared with the reference's.
"""
import numpy as np

from grader.testing import require

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
# pinned initial weights (D = 2, H = 4); b1 = b2 = 0
XOR_W1 = np.array([[0.35, 0.82, 0.33, -1.3], [0.91, 0.45, -0.54, 0.58]])
XOR_W2 = np.array([[0.18], [0.15], [0.01], [0.27]])
TARGET = 0.02


def test_tensor_matmul_and_broadcast_by_hand(kata):
    """Tensor: L = sum(A @ B + b) with A, B (2, 2), b (2,): A.grad = 1·Bᵀ = [[3, 1], [3, 1]], B.grad = [[4, 4], [6, 6]], b.grad = [2, 2]."""
    def scenario(world):
        A = world.new("Tensor", np.array([[1.0, 2.0], [3.0, 4.0]]), as_="A")
        B = world.new("Tensor", np.array([[1.0, 2.0], [0.0, 1.0]]), as_="B")
        b = world.new("Tensor", np.array([1.0, -1.0]), as_="b")
        L = world.call(A @ B + b, "sum")
        world.get(L, "data")                   # 18 + 0 = 18
        world.call(L, "backward")
        world.get(A, "grad")                   # [[3, 1], [3, 1]]
        world.get(B, "grad")                   # [[4, 4], [6, 6]]
        world.get(b, "grad")                   # [2, 2]
    kata.scenario(scenario)


def test_tensor_reuse_relu_and_constants(kata):
    """Tensor: L = sum(relu(x)·w) + sum(x·x)·0.5, x = [−1, 0, 2], w = [3, 4, 5]: relu′(0) = 0, x used twice: x.grad = [−1, 0, 7]."""
    def scenario(world):
        x = world.new("Tensor", np.array([-1.0, 0.0, 2.0]), as_="x")
        w = world.new("Tensor", np.array([3.0, 4.0, 5.0]), as_="w")
        L = world.call(world.call(x, "relu") * w, "sum") + world.call(x * x, "sum") * 0.5
        world.get(L, "data")                   # 10 + 0.5·5 = 12.5
        world.call(L, "backward")
        world.get(L, "grad")                   # 1.0, 0-d
        world.get(x, "grad")                   # [x > 0]·w + x = [0 - 1, 0 + 0, 5 + 2] = [-1, 0, 7]
        world.get(w, "grad")                   # relu(x) = [0, 0, 2]
    kata.scenario(scenario)


def test_one_step_by_hand(kata):
    """N = 1, H = 1: loss0 = (0.5 − 1)² = 0.25; one step at learning rate 0.1 gives pred 0.88, loss 0.0144."""
    # hidden = relu(1·1 + 2·0 + 0) = 1, pred = 0.5, dpred = 2(0.5 − 1)/1 = −1
    # W2 ← 0.5 + 0.1 = 0.6, b2 ← 0.1, dz = −1·0.5 = −0.5: W1 ← [1.05, 0.1], b1 ← 0.05
    # hidden = 1.05 + 0.2 + 0.05 = 1.3, pred = 1.3·0.6 + 0.1 = 0.88, loss = 0.12² = 0.0144
    kata.check("train", np.array([[1.0, 2.0]]), np.array([[1.0]]), np.array([[1.0], [0.0]]), np.zeros(1),
               np.array([[0.5]]), np.zeros(1), learning_rate=0.1, n_steps=1,
               expected=np.array([0.25, 0.0144]))


def test_zero_steps_gives_the_initial_loss(kata):
    """n_steps = 0: one loss, at the initial weights: XOR with b1 = b2 = 0."""
    # hidden rows: [0,0,0,0], [.91,.45,0,.58], [.35,.82,.33,0], [1.26,1.27,0,0]
    # preds: 0, .1638+.0675+.1566 = .3879, .063+.123+.0033 = .1893, .2268+.1905 = .4173
    # loss = (0 + .6121² + .8107² + .4173²) / 4 = (.37466641 + .65723449 + .17413929) / 4 = 0.3015100475
    kata.check("train", XOR_X, XOR_Y, XOR_W1, np.zeros(4), XOR_W2, np.zeros(1), learning_rate=0.1, n_steps=0,
               expected=np.array([0.3015100475]))


def test_three_xor_steps(kata):
    """XOR, 3 steps at learning rate 0.1 from the pinned weights."""
    kata.check("train", XOR_X, XOR_Y, XOR_W1, np.zeros(4), XOR_W2, np.zeros(1), learning_rate=0.1, n_steps=3)


def test_zero_learning_rate_keeps_the_loss(kata):
    """learning_rate = 0: nothing moves, every loss equals the first."""
    kata.check("train", XOR_X, XOR_Y, XOR_W1, np.zeros(4), XOR_W2, np.zeros(1), learning_rate=0.0, n_steps=4,
               expected=np.full(5, 0.3015100475))


def test_matches_reference_on_random_problems(kata, rng):
    """Random regression problems (N 1–6, D 1–3, H 1–5), random weights, 10–25 steps: the whole loss curve."""
    for _ in range(6):
        n, d, h = int(rng.integers(1, 7)), int(rng.integers(1, 4)), int(rng.integers(1, 6))
        kata.check("train", rng.standard_normal((n, d)), rng.standard_normal((n, 1)),
                   0.5 * rng.standard_normal((d, h)), 0.1 * rng.standard_normal(h),
                   0.5 * rng.standard_normal((h, 1)), 0.1 * rng.standard_normal(1),
                   learning_rate=float(rng.uniform(0.01, 0.1)), n_steps=int(rng.integers(10, 26)))


def test_xor_loss_curve_and_target(kata):
    """XOR, 150 steps at learning rate 0.1 from the pinned weights: the reference's curve, final loss below 0.02."""
    losses = kata.check("train", XOR_X, XOR_Y, XOR_W1, np.zeros(4), XOR_W2, np.zeros(1),
                        learning_rate=0.1, n_steps=150).value
    require(losses[-1] < TARGET, f"the final loss is {losses[-1]!r}; it should be below {TARGET}")
    require(losses[-1] < losses[0], "the loss did not fall")
