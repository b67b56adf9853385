"""Hidden tests for optimization/minibatch_sgd: minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed)."""
import numpy as np

from grader.testing import require


def test_partial_last_batch_by_hand(kata):
    """Three identical rows (x = 1, y = 2), batch_size 2: a batch of 2 then a batch of 1, lr 0.1."""
    # Batch of 2: r = [−2, −2], grad_w = grad_b = (2/2)(−4) = −4, so w = b = 0.4.
    # Batch of 1: r = 0.8 − 2 = −1.2, grad_w = grad_b = (2/1)(−1.2) = −2.4, so w = b = 0.64.
    # Loss: (0.64 + 0.64 − 2)² = 0.5184.
    kata.check("minibatch_sgd", np.ones((3, 1)), np.full(3, 2.0),
               learning_rate=0.1, batch_size=2, n_epochs=1, seed=0,
               expected=(np.array([0.64]), 0.64, np.array([0.5184])))


def test_one_full_batch_epoch_by_hand(kata):
    """X = [[1], [2]], y = [1, 3], one batch of both, lr 0.1: w = 0.7, b = 0.4, loss 0.725."""
    # r = [−1, −3]; grad_w = (2/2)(1·−1 + 2·−3) = −7; grad_b = (2/2)(−4) = −4.
    # Loss after: predictions [1.1, 1.8], residuals [0.1, −1.2], mean of squares 0.725.
    kata.check("minibatch_sgd", np.array([[1.0], [2.0]]), np.array([1.0, 3.0]),
               learning_rate=0.1, batch_size=2, n_epochs=1, seed=0,
               expected=(np.array([0.7]), 0.4, np.array([0.725])))


def test_two_full_batch_epochs_by_hand(kata):
    """The same data for two epochs: the second epoch gives w = 0.93, b = 0.51, loss 0.29525."""
    # r = [0.1, −1.2]; grad_w = 0.1 − 2.4 = −2.3; grad_b = −1.1.
    # Loss after: predictions [1.44, 2.37], residuals [0.44, −0.63], mean of squares 0.29525.
    kata.check("minibatch_sgd", np.array([[1.0], [2.0]]), np.array([1.0, 3.0]),
               learning_rate=0.1, batch_size=2, n_epochs=2, seed=3,
               expected=(np.array([0.93]), 0.51, np.array([0.725, 0.29525])))


def test_batches_of_one_follow_the_shuffle_by_hand(kata):
    """Batches of 1 with seed 5, where default_rng(5).permutation(2) is [1, 0]: row 1 goes first."""
    # Row 1 (x = 2, y = 3): r = −3, grad_w = 2·2·(−3) = −12, grad_b = −6, so w = 1.2, b = 0.6.
    # Row 0 (x = 1, y = 1): r = 0.8, grad_w = grad_b = 1.6, so w = 1.04, b = 0.44.
    # Loss: predictions [1.48, 2.52], residuals [0.48, −0.48], mean of squares 0.2304.
    kata.check("minibatch_sgd", np.array([[1.0], [2.0]]), np.array([1.0, 3.0]),
               learning_rate=0.1, batch_size=1, n_epochs=1, seed=5,
               expected=(np.array([1.04]), 0.44, np.array([0.2304])))


def test_every_epoch_draws_a_new_shuffle(kata):
    """Four points, batches of 1, three epochs, seed 0: each epoch uses the next rng.permutation(4)."""
    kata.check("minibatch_sgd", np.array([[1.0], [-1.0], [2.0], [0.5]]), np.array([2.0, 0.0, 3.0, 1.0]),
               learning_rate=0.1, batch_size=1, n_epochs=3, seed=0)


def test_matches_reference_on_random_problems(kata, rng):
    """Random data sets, batch sizes (dividing n or not), epochs and seeds."""
    arg_sets = []
    for _ in range(10):
        n, d = int(rng.integers(4, 40)), int(rng.integers(1, 5))
        X = rng.standard_normal((n, d))
        y = X @ rng.standard_normal(d) + float(rng.standard_normal()) + 0.1 * rng.standard_normal(n)
        arg_sets.append(((X, y),
                         {"learning_rate": float(rng.uniform(0.005, 0.1)), "batch_size": int(rng.integers(1, n)),
                          "n_epochs": int(rng.integers(2, 7)), "seed": int(rng.integers(0, 10_000))}))
    kata.check_each("minibatch_sgd", arg_sets)


def test_batch_size_larger_than_n(kata, rng):
    """batch_size = 100 with n = 7: every epoch is one batch of all 7 rows."""
    X, y = rng.standard_normal((7, 2)), rng.standard_normal(7)
    kata.check("minibatch_sgd", X, y, learning_rate=0.05, batch_size=100, n_epochs=4, seed=1)


def test_full_batch_is_plain_gradient_descent(kata, rng):
    """batch_size = n: the shuffle cannot matter, so every seed gives full-batch gradient descent."""
    X, y = rng.standard_normal((12, 3)), rng.standard_normal(12)
    w, b, losses = np.zeros(3), 0.0, []
    for _ in range(5):
        residual = X @ w + b - y
        w, b = w - 0.05 * (2 / 12) * X.T @ residual, b - 0.05 * (2 / 12) * residual.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    for seed in (0, 7, 123):
        kata.check("minibatch_sgd", X, y, learning_rate=0.05, batch_size=12, n_epochs=5, seed=seed,
                   expected=(w, float(b), np.array(losses)))


def test_zero_epochs(kata):
    """n_epochs = 0: nothing is trained: (zeros(d), 0.0, an empty float64 array)."""
    kata.check("minibatch_sgd", np.ones((4, 2)), np.ones(4), learning_rate=0.1, batch_size=2,
               n_epochs=0, seed=0, expected=(np.zeros(2), 0.0, np.zeros(0)))


def test_loss_falls_to_zero_on_noiseless_data(kata, rng):
    """y = X·w_true + b_true exactly: the loss falls towards 0 and (w, b) approach the truth."""
    X = rng.standard_normal((60, 3))
    w_true, b_true = np.array([1.5, -2.0, 0.5]), 0.75
    y = X @ w_true + b_true
    result = kata.call("minibatch_sgd", X, y, learning_rate=0.05, batch_size=8, n_epochs=40, seed=2)
    w, b, losses = result.value
    losses = np.asarray(losses, dtype=float)
    require(losses.shape == (40,), f"{result.shown} should return 40 losses, got shape {losses.shape}")
    require(losses[-1] < 1e-6 * max(losses[0], 1.0) and losses[-1] < losses[0],
            f"{result.shown}: on noiseless data the loss should fall to ~0, but it went from "
            f"{losses[0]:.4g} to {losses[-1]:.4g}")
    require(np.allclose(w, w_true, atol=1e-3) and abs(b - b_true) < 1e-3,
            f"{result.shown}: on noiseless data (w, b) should approach ({w_true}, {b_true}), got ({w}, {b})")


def test_different_seeds_give_different_shuffles(kata, rng):
    """With batches smaller than n the seed matters: seeds 0 and 1 give different weights."""
    X, y = rng.standard_normal((10, 2)), rng.standard_normal(10)
    first = kata.call("minibatch_sgd", X, y, learning_rate=0.1, batch_size=3, n_epochs=2, seed=0)
    second = kata.call("minibatch_sgd", X, y, learning_rate=0.1, batch_size=3, n_epochs=2, seed=1)
    require(not np.allclose(first.value[0], second.value[0]),
            f"{first.shown} and {second.shown} gave the same w: shuffle with rng.permutation(n), "
            f"where rng = np.random.default_rng(seed)")


def test_batch_size_larger_than_n_by_hand(kata):
    """batch_size 5 > n = 2: one batch of both rows, as in the full-batch case: w = 0.7, b = 0.4, loss 0.725."""
    kata.check("minibatch_sgd", np.array([[1.0], [2.0]]), np.array([1.0, 3.0]),
               learning_rate=0.1, batch_size=5, n_epochs=1, seed=0,
               expected=(np.array([0.7]), 0.4, np.array([0.725])))
