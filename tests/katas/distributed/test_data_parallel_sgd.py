"""Hidden tests for distributed/data_parallel_sgd:
data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps) -> (trajectory, local_gradients)."""
import numpy as np

from grader.functions_parallel import Logistic, SquaredError
from grader.testing import require


def f(values):
    return np.array(values, dtype=np.float64)


def big_batch(w0, X, y, learning_rate, n_steps, mean_gradient, n_ranks):
    """Single-process full-batch gradient descent, and each consecutive shard's mean gradient on the way."""
    w = f(w0)
    shards = np.array_split(np.arange(len(X)), n_ranks)
    rows, local = [w], []
    for _ in range(n_steps):
        local.append([mean_gradient(w, X[s], y[s]) for s in shards])
        w = w - learning_rate * mean_gradient(w, X, y)
        rows.append(w)
    return np.array(rows), np.array(local).reshape(n_steps, n_ranks, len(w))


def squared_error_mean_gradient(w, X, y):
    return X.T @ (X @ w - y) / len(X)


def logistic_mean_gradient(w, X, y):
    return X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y) / len(X)


Y7 = [0.1, 0.7, 1.0, 0.4, 0.2, 0.9, 0.5]


def test_three_ranks_unequal_shards_by_hand(kata):
    """N = 7, R = 3: shards of 3, 2, 2 rows; local means −0.6, −0.3, −0.7 all-reduce to −3.8/7, not their mean −1.6/3."""
    # step 0 at w = 0: ĝ = (3·(−0.6) + 2·(−0.3) + 2·(−0.7)) / 7 = −3.8/7; w_1 = 0.7 · 3.8/7 = 0.38
    # step 1 at w = 0.38: local −0.22, 0.08, −0.32; ĝ = −1.14/7; w_2 = 0.38 + 0.7 · 1.14/7 = 0.494
    kata.check("data_parallel_sgd", SquaredError(), f([0.0]), np.ones((7, 1)), f(Y7),
               n_ranks=3, learning_rate=0.7, n_steps=2,
               expected=(f([[0.0], [0.38], [0.494]]),
                         f([[[-0.6], [-0.3], [-0.7]], [[-0.22], [0.08], [-0.32]]])))


def test_one_rank_by_hand(kata):
    """R = 1: one shard of all rows, plain gradient descent: ĝ = −0.6 then −0.3, w = 0, 0.3, 0.45."""
    kata.check("data_parallel_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               n_ranks=1, learning_rate=0.5, n_steps=2,
               expected=(f([[0.0], [0.3], [0.45]]), f([[[-0.6]], [[-0.3]]])))


def test_one_example_per_rank_by_hand(kata):
    """R = N = 3: each rank holds one row, its local gradient is that example's: −0.1, −0.7, −1.0; ĝ = −0.6."""
    kata.check("data_parallel_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               n_ranks=3, learning_rate=0.5, n_steps=1,
               expected=(f([[0.0], [0.3]]), f([[[-0.1], [-0.7], [-1.0]]])))


def test_two_features_by_hand(kata):
    """d = 2, N = 4, R = 3: shards of rows {0, 1}, {2}, {3}; ĝ = [−2.5, −0.1]/4, w_1 = [0.125, 0.005] with lr 0.2."""
    # per-example gradients at w = 0 are −y·x: [−0.1, 0], [0, −0.7], [−0.4, −0.4], [−2, 1]
    X = f([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
    kata.check("data_parallel_sgd", SquaredError(), f([0.0, 0.0]), X, f([0.1, 0.7, 0.4, 1.0]),
               n_ranks=3, learning_rate=0.2, n_steps=1,
               expected=(f([[0.0, 0.0], [0.125, 0.005]]),
                         f([[[-0.05, -0.35], [-0.4, -0.4], [-2.0, 1.0]]])))


def test_no_rank_sees_the_global_batch(kata):
    """grad refuses more rows than the largest shard (3 of N = 8 on R = 3): each rank calls it on its shard alone."""
    rng = np.random.default_rng(3)
    X, y = rng.standard_normal((8, 2)), rng.standard_normal(8)
    kata.check("data_parallel_sgd", SquaredError(max_rows=3), f([0.5, -0.5]), X, y, n_ranks=3,
               learning_rate=0.1, n_steps=2,
               expected=big_batch([0.5, -0.5], X, y, 0.1, 2, squared_error_mean_gradient, 3))


def test_equal_shards(kata):
    """N = 6, R = 3: equal shards of 2, where the mean of the local means is the big batch's mean too."""
    rng = np.random.default_rng(4)
    X, y = rng.standard_normal((6, 2)), rng.standard_normal(6)
    kata.check("data_parallel_sgd", SquaredError(), f([0.1, 0.7]), X, y, n_ranks=3, learning_rate=0.2,
               n_steps=3, expected=big_batch([0.1, 0.7], X, y, 0.2, 3, squared_error_mean_gradient, 3))


def test_equals_the_big_batch_for_every_rank_count(kata, rng):
    """Random N ≤ 40 on R = 1, a few, and N ranks: the trajectory is single-process big-batch gradient descent."""
    for loss, mean_gradient in ((SquaredError(), squared_error_mean_gradient), (Logistic(), logistic_mean_gradient)):
        n, d = int(rng.integers(5, 41)), int(rng.integers(1, 6))
        X = rng.standard_normal((n, d))
        y = (rng.random(n) < 0.5).astype(float) if isinstance(loss, Logistic) else rng.standard_normal(n)
        w0 = rng.standard_normal(d)
        for n_ranks in (1, int(rng.integers(2, 5)), n - 1, n):
            kata.check("data_parallel_sgd", loss, w0, X, y, n_ranks=n_ranks, learning_rate=0.3, n_steps=3,
                       expected=big_batch(w0, X, y, 0.3, 3, mean_gradient, n_ranks))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random problems (squared error and logistic), rank counts, learning rates and step counts."""
    arg_sets = []
    for _ in range(6):
        n, d = int(rng.integers(1, 30)), int(rng.integers(1, 5))
        X, y = rng.standard_normal((n, d)), (rng.random(n) < 0.5).astype(float)
        loss = SquaredError() if rng.random() < 0.5 else Logistic()
        arg_sets.append(((loss, rng.standard_normal(d), X, y),
                         dict(n_ranks=int(rng.integers(1, n + 1)), learning_rate=float(rng.uniform(0.01, 1.0)),
                              n_steps=int(rng.integers(0, 6)))))
    kata.check_each("data_parallel_sgd", arg_sets)


def test_zero_steps(kata):
    """n_steps = 0: the trajectory is w0 alone, the local gradients an empty (0, R, d) float64 array, no grad call."""
    result = kata.check("data_parallel_sgd", SquaredError(), f([0.1, -0.7]), np.ones((3, 2)), f([1.0, 2.0, 3.0]),
                        n_ranks=2, learning_rate=0.5, n_steps=0,
                        expected=(f([[0.1, -0.7]]), np.zeros((0, 2, 2))))
    require(result.calls.get("grad", 0) == 0, f"{result.shown} called grad {result.calls.get('grad', 0)} "
                                              "time(s): with no step there is nothing to compute")


def test_zero_learning_rate(kata):
    """learning_rate = 0: w never moves; each step's local gradients are still reported."""
    kata.check("data_parallel_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               n_ranks=2, learning_rate=0.0, n_steps=2,
               expected=(f([[0.0], [0.0], [0.0]]), f([[[-0.4], [-1.0]], [[-0.4], [-1.0]]])))


def test_integer_start_point_gives_floats(kata):
    """w0 = [1] as a list of ints, R = 2 (shards 2 and 1): float64 results, w_1 = 1 − 0.5 · 0.4 = 0.8."""
    # at w = 1: per-example 0.9, 0.3, 0.0; local means 0.6 and 0.0; ĝ = (2·0.6 + 0) / 3 = 0.4
    kata.check("data_parallel_sgd", SquaredError(), [1], np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               n_ranks=2, learning_rate=0.5, n_steps=1,
               expected=(f([[1.0], [0.8]]), f([[[0.6], [0.0]]])))


def test_large_magnitudes_both_signs(kata):
    """Targets ±3e8 and ±7e7 on R = 3 ranks: the weighted all-reduce still matches the big batch."""
    X = f([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, -1.0]])
    y = f([3e8, -3e8, 7e7, -7e7])
    kata.check("data_parallel_sgd", SquaredError(), f([0.0, 0.0]), X, y, n_ranks=3, learning_rate=0.1,
               n_steps=2, expected=big_batch([0.0, 0.0], X, y, 0.1, 2, squared_error_mean_gradient, 3))


def test_grad_called_once_per_rank_per_step(kata):
    """grad is called R · n_steps times: 3 ranks × 0, 1 and 4 steps."""
    X, y = np.ones((7, 1)), f(Y7)
    for n_steps in (0, 1, 4):
        result = kata.call("data_parallel_sgd", SquaredError(), f([0.0]), X, y, n_ranks=3, learning_rate=0.1,
                           n_steps=n_steps)
        calls = result.calls.get("grad", 0)
        require(calls == 3 * n_steps, f"{result.shown} called grad {calls} time(s): call it once per rank "
                                      f"per step, {3 * n_steps} time(s) here")


def test_invalid_arguments_raise(kata):
    """ValueError: R = 0, R = −1, R > N (4 ranks for 3 rows), no rows at all, n_steps < 0."""
    X, y = np.ones((3, 1)), f([0.1, 0.7, 1.0])
    for n_ranks in (0, -1, 4):
        kata.raises("ValueError", "data_parallel_sgd", SquaredError(), f([0.0]), X, y, n_ranks=n_ranks,
                    learning_rate=0.1, n_steps=1)
    kata.raises("ValueError", "data_parallel_sgd", SquaredError(), f([0.0]), np.ones((0, 1)), f([]), n_ranks=1,
                learning_rate=0.1, n_steps=1)
    kata.raises("ValueError", "data_parallel_sgd", SquaredError(), f([0.0]), X, y, n_ranks=2,
                learning_rate=0.1, n_steps=-1)


def test_invalid_arguments_raise_even_with_zero_steps(kata):
    """n_steps = 0 still validates: 4 ranks for 3 rows, or 0 ranks, raise ValueError."""
    X, y = np.ones((3, 1)), f([0.1, 0.7, 1.0])
    for n_ranks in (4, 0):
        kata.raises("ValueError", "data_parallel_sgd", SquaredError(), f([0.0]), X, y, n_ranks=n_ranks,
                    learning_rate=0.1, n_steps=0)
