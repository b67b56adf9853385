"""Hidden tests for neural_nets/train_mlp: make_spirals(n_per_class, *, noise, seed) and train_mlp(X, y, *, ...)."""
import math

import numpy as np

from grader.testing import require

TARGET_ACCURACY = 0.95
TARGET = dict(hidden=32, learning_rate=1.0, n_steps=500, seed=0)


def _spirals(n, noise, seed):
    """The stated recipe, written out point by point."""
    eps = np.random.default_rng(seed).normal(0.0, noise, size=(2, n))
    X, y = [], []
    for k in range(2):
        for i in range(n):
            r = (i + 1) / n
            theta = 2 * math.pi * r + k * math.pi + eps[k, i]
            X.append([r * math.cos(theta), r * math.sin(theta)])
            y.append(k)
    return np.array(X), np.array(y, dtype=np.int64)


def _scores(params, X):
    W1, b1, W2, b2 = (np.asarray(p, dtype=float) for p in params)
    return np.maximum(X @ W1 + b1, 0.0) @ W2 + b2


# -- make_spirals -------------------------------------------------------------------------------

def test_spirals_by_hand(kata):
    """n = 4, no noise: r = ¼, ½, ¾, 1 at angles π/2, π, 3π/2, 2π; class 1 is turned by π; labels int64."""
    X = np.array([[0.0, 0.25], [-0.5, 0.0], [0.0, -0.75], [1.0, 0.0],
                  [0.0, -0.25], [0.5, 0.0], [0.0, 0.75], [-1.0, 0.0]])
    kata.check("make_spirals", 4, noise=0.0, seed=0, expected=(X, np.array([0, 0, 0, 0, 1, 1, 1, 1])))


def test_spirals_noise_is_one_pinned_draw(kata):
    """n = 3, noise 0.2, seed 5: eps = default_rng(5).normal(0, 0.2, size=(2, 3)), row k added to class k's angles."""
    kata.check("make_spirals", 3, noise=0.2, seed=5, expected=_spirals(3, 0.2, 5))


def test_spirals_match_reference(kata, rng):
    """Random sizes (1 to 60 per class), noise levels and seeds."""
    for _ in range(5):
        kata.check("make_spirals", int(rng.integers(1, 61)), noise=float(rng.uniform(0, 0.5)),
                   seed=int(rng.integers(0, 2**31)))


def test_one_point_per_class(kata):
    """n = 1: r = 1, angles 2π and 3π: X = [[1, 0], [−1, 0]], y = [0, 1]."""
    kata.check("make_spirals", 1, noise=0.0, seed=0, expected=(np.array([[1.0, 0.0], [-1.0, 0.0]]), np.array([0, 1])))


# -- train_mlp ----------------------------------------------------------------------------------

def test_zero_steps_returns_the_pinned_initialisation(kata):
    """n_steps = 0: W1 = normal(0, √(2/2) = 1, (2, 4)) first, then W2 = normal(0, √(2/4), (4, 2)); zero biases; no losses."""
    X, y = _spirals(5, 0.1, 1)
    rng = np.random.default_rng(3)
    W1 = rng.normal(0.0, 1.0, size=(2, 4))
    W2 = rng.normal(0.0, math.sqrt(0.5), size=(4, 2))
    kata.check("train_mlp", X, y, hidden=4, learning_rate=0.5, n_steps=0, seed=3,
               expected=((W1, np.zeros(4), W2, np.zeros(2)), np.zeros(0)))


def test_first_loss_is_at_initialisation(kata):
    """losses[0] is the loss BEFORE the first update: here the mean cross-entropy at the pinned initialisation."""
    X, y = _spirals(5, 0.1, 1)
    rng = np.random.default_rng(3)
    params = (rng.normal(0.0, 1.0, size=(2, 4)), np.zeros(4), rng.normal(0.0, math.sqrt(0.5), size=(4, 2)), np.zeros(2))
    s = _scores(params, X)
    loss0 = float(np.mean(np.log(np.exp(s).sum(axis=1)) - s[np.arange(10), y]))
    expected = kata.expected("train_mlp", X, y, hidden=4, learning_rate=0.5, n_steps=1, seed=3)
    require(abs(expected[1][0] - loss0) < 1e-12, "internal: the reference disagrees with the statement")
    kata.check("train_mlp", X, y, hidden=4, learning_rate=0.5, n_steps=1, seed=3, expected=expected)


def test_first_steps_match_reference(kata, rng):
    """1, 2 and 5 steps on small spirals with random widths, learning rates and seeds."""
    for n_steps in (1, 2, 5):
        X, y = _spirals(int(rng.integers(3, 10)), 0.1, int(rng.integers(0, 1000)))
        kata.check("train_mlp", X, y, hidden=int(rng.integers(1, 9)), learning_rate=float(rng.uniform(0.1, 2.0)),
                   n_steps=n_steps, seed=int(rng.integers(0, 1000)))


def test_one_hidden_unit(kata):
    """hidden = 1 (the smallest width): W1 (2, 1), b1 (1,), W2 (1, 2), b2 (2,), three steps."""
    X, y = _spirals(4, 0.1, 2)
    kata.check("train_mlp", X, y, hidden=1, learning_rate=0.5, n_steps=3, seed=4)


def test_relu_derivative_at_exactly_zero(kata):
    """All-zero inputs: h = X W1 + b1 = 0 exactly at step 0, where the ReLU's derivative is 0, so b1 stays 0."""
    # By hand: X = 0 and b1 = 0 give h = 0, a = 0, s = b2 = 0, softmax (½, ½), loss log 2.
    # ds = (softmax − onehot(y)) / N, y = (0, 0, 0, 1): column sums (4·½ − 3, 4·½ − 1)/4 = (−¼, ¼).
    # dW1 = Xᵀ dh = 0 and dW2 = aᵀ ds = 0: W1 and W2 keep their initial draws (std √(2/2) = 1 and
    # √(2/3)); db2 = (−¼, ¼) so b2 = −0.4·(−¼, ¼) = (0.1, −0.1); dh = da·[h > 0] = 0, so db1 = 0.
    # (A derivative of 1 at h = 0 would give db1 = (−¼, ¼) W2ᵀ ≠ 0.)
    X = np.zeros((4, 2))
    y = np.array([0, 0, 0, 1], dtype=np.int64)
    rng = np.random.default_rng(6)
    W1 = rng.normal(0.0, 1.0, size=(2, 3))
    W2 = rng.normal(0.0, math.sqrt(2 / 3), size=(3, 2))
    kata.check("train_mlp", X, y, hidden=3, learning_rate=0.4, n_steps=1, seed=6,
               expected=((W1, np.zeros(3), W2, np.array([0.1, -0.1])), np.array([math.log(2.0)])))


def test_a_class_missing_from_y(kata):
    """y holds only labels 0 and 2: C = max(y) + 1 = 3 (not the 2 distinct labels), so W2 is (H, 3) and b2 (3,)."""
    # By hand: X = 0 gives s = b2 = 0, softmax (⅓, ⅓, ⅓), loss log 3; onehot(y) averages to (½, 0, ½),
    # so db2 = (⅓ − ½, ⅓, ⅓ − ½) = (−⅙, ⅓, −⅙) and b2 = −0.6·db2 = (0.1, −0.2, 0.1); everything else as drawn
    # (dh = 0 since h = 0, dW2 = aᵀ ds = 0 since a = 0).
    X = np.zeros((4, 2))
    y = np.array([0, 2, 2, 0], dtype=np.int64)
    rng = np.random.default_rng(9)
    W1 = rng.normal(0.0, 1.0, size=(2, 2))
    W2 = rng.normal(0.0, 1.0, size=(2, 3))
    kata.check("train_mlp", X, y, hidden=2, learning_rate=0.6, n_steps=1, seed=9,
               expected=((W1, np.zeros(2), W2, np.array([0.1, -0.2, 0.1])), np.array([math.log(3.0)])))


def test_three_classes_and_wider_inputs(kata, rng):
    """D = 3 inputs and C = 3 classes (C = max(y) + 1): the same algorithm, other shapes."""
    X = rng.standard_normal((12, 3))
    y = np.array([0, 1, 2] * 4, dtype=np.int64)
    kata.check("train_mlp", X, y, hidden=5, learning_rate=0.3, n_steps=20, seed=7)


def test_full_run_matches_reference(kata):
    """The target run (spirals 50 per class, noise 0.1, seed 0; hidden 32, learning rate 1, 500 steps, seed 0)."""
    X, y = _spirals(50, 0.1, 0)
    # equivalent formulas drift apart by ~1e-14 relative over these 500 steps: 1e-6 is ample
    kata.check("train_mlp", X, y, **TARGET, rtol=1e-6, atol=1e-8)


def test_reaches_the_target_accuracy(kata):
    """The target run classifies at least 95% of the training points and its loss falls at least fivefold."""
    X, y = _spirals(50, 0.1, 0)
    result = kata.call("train_mlp", X, y, **TARGET)
    params, losses = result.value
    losses = np.asarray(losses, dtype=float)
    require(losses.shape == (500,), f"{result.shown} should return 500 losses, got shape {losses.shape}")
    accuracy = float(np.mean(_scores(params, X).argmax(axis=1) == y))
    require(accuracy >= TARGET_ACCURACY,
            f"{result.shown}: training accuracy {accuracy:.2f}, below the target {TARGET_ACCURACY}")
    require(losses[-1] < losses[0] / 5,
            f"{result.shown}: the loss went from {losses[0]:.4f} to {losses[-1]:.4f}; it should fall at least fivefold")
