"""Hidden tests for efficiency/grad_accumulation:
accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps) -> (trajectory, gradients)."""
import numpy as np

from grader.functions_parallel import Logistic, SquaredError
from grader.testing import require


def f(values):
    return np.array(values, dtype=np.float64)


def full_batch_gd(w0, X, y, learning_rate, n_steps, mean_gradient):
    """Plain full-batch gradient descent: what accumulation must equal."""
    w = f(w0)
    rows, grads = [w], []
    for _ in range(n_steps):
        g = mean_gradient(w, X, y)
        w = w - learning_rate * g
        rows.append(w)
        grads.append(g)
    return np.array(rows), np.array(grads).reshape(n_steps, len(w))


def squared_error_mean_gradient(w, X, y):
    return X.T @ (X @ w - y) / len(X)


def logistic_mean_gradient(w, X, y):
    return X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y) / len(X)


def test_unequal_micro_batches_by_hand(kata):
    """x = 1, y = 0.1, 0.7, 1.0 in micro-batches of 2 and 1, lr 0.5: ĝ_0 = (2/3)(−0.4) + (1/3)(−1.0) = −0.6, not −0.7."""
    # step 0 at w = 0: g_1 = mean(−0.1, −0.7) = −0.4, g_2 = −1.0; ĝ_0 = −0.6, w_1 = 0.3
    # step 1 at w = 0.3: per-example 0.2, −0.4, −0.7; g_1 = −0.1, g_2 = −0.7; ĝ_1 = −0.3, w_2 = 0.45
    kata.check("accumulated_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               micro_batch_sizes=[2, 1], learning_rate=0.5, n_steps=2,
               expected=(f([[0.0], [0.3], [0.45]]), f([[-0.6], [-0.3]])))


def test_two_features_by_hand(kata):
    """d = 2, micro-batches of 1 and 3 from w = 0, lr 0.2: ĝ = [−2.5, −0.1]/4 = [−0.625, −0.025]."""
    # per-example gradients at w = 0 are −y·x: [−0.1, 0], [0, −0.7], [−0.4, −0.4], [−2, 1]
    # mean of the two micro-batch means would be [−0.45, −0.0167]: the sizes must weigh them
    X = f([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
    kata.check("accumulated_sgd", SquaredError(), f([0.0, 0.0]), X, f([0.1, 0.7, 0.4, 1.0]),
               micro_batch_sizes=[1, 3], learning_rate=0.2, n_steps=1,
               expected=(f([[0.0, 0.0], [0.125, 0.005]]), f([[-0.625, -0.025]])))


def test_three_unequal_micro_batches_by_hand(kata):
    """Sizes 3, 1, 2 on x = 1, y = 0.1 … 0.6, w0 = 0, lr 1: ĝ = −mean(y) = −0.35 (equal weights would give −0.3833)."""
    # means per micro-batch: −0.2, −0.4, −0.55; weighted 3/6, 1/6, 2/6 → −0.35
    kata.check("accumulated_sgd", SquaredError(), f([0.0]), np.ones((6, 1)), f([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
               micro_batch_sizes=[3, 1, 2], learning_rate=1.0, n_steps=1,
               expected=(f([[0.0], [0.35]]), f([[-0.35]])))


def test_grad_never_sees_the_whole_batch(kata):
    """grad refuses more rows than the largest micro-batch (3 here, N = 8): call it on each micro-batch alone."""
    rng = np.random.default_rng(7)
    X, y = rng.standard_normal((8, 2)), rng.standard_normal(8)
    expected = full_batch_gd([0.5, -0.5], X, y, 0.1, 2, squared_error_mean_gradient)
    kata.check("accumulated_sgd", SquaredError(max_rows=3), f([0.5, -0.5]), X, y,
               micro_batch_sizes=[3, 2, 3], learning_rate=0.1, n_steps=2, expected=expected)


def test_micro_batches_are_the_given_sizes_in_order(kata):
    """Sizes 3, 1, 2 on N = 6: grad gets rows 0–2, then row 3, then rows 4–5, in that order at every step (not 2, 2, 2)."""
    # x = 1, y = 0.1 … 0.6 (the targets tell the rows apart); lr 1 from w = 0:
    # step 0: ĝ_0 = −mean(y) = −0.35, w_1 = 0.35; step 1: ĝ_1 = mean(0.35 − y) = 0, w_2 = 0.35
    X, y = np.ones((6, 1)), f([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    in_order = SquaredError(micro_batches=[(X[0:3], y[0:3]), (X[3:4], y[3:4]), (X[4:6], y[4:6])])
    kata.check("accumulated_sgd", in_order, f([0.0]), X, y, micro_batch_sizes=[3, 1, 2], learning_rate=1.0,
               n_steps=2, expected=(f([[0.0], [0.35], [0.35]]), f([[-0.35], [0.0]])))
    # d = 2, sizes 1, 4, 2, 1 on N = 8 random rows: the rows themselves, not only their number
    rng = np.random.default_rng(11)
    X, y = rng.standard_normal((8, 2)), rng.standard_normal(8)
    parts = [(X[a:b], y[a:b]) for a, b in ((0, 1), (1, 5), (5, 7), (7, 8))]
    kata.check("accumulated_sgd", SquaredError(micro_batches=parts), f([0.2, -0.1]), X, y,
               micro_batch_sizes=[1, 4, 2, 1], learning_rate=0.3, n_steps=3,
               expected=full_batch_gd([0.2, -0.1], X, y, 0.3, 3, squared_error_mean_gradient))


def test_one_micro_batch_is_plain_gradient_descent(kata):
    """k = 1, sizes [N]: no accumulation at all, the full-batch gradient descent step by step."""
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((5, 3)), rng.standard_normal(5)
    kata.check("accumulated_sgd", SquaredError(), f([0.1, 0.7, -0.3]), X, y, micro_batch_sizes=[5],
               learning_rate=0.3, n_steps=3,
               expected=full_batch_gd([0.1, 0.7, -0.3], X, y, 0.3, 3, squared_error_mean_gradient))


def test_micro_batches_of_one_example(kata):
    """Sizes [1, 1, 1, 1]: each grad call is one example's gradient; their plain mean is the step."""
    X = f([[1.0], [2.0], [-1.0], [0.5]])
    y = f([0.7, 0.1, 0.3, -0.9])
    # at w = 0.2: per-example (x·w − y)·x = −0.5, 0.6, 0.5, 0.5 → mean 1.1 / 4 = 0.275; w_1 = 0.2 − 0.4·0.275
    kata.check("accumulated_sgd", SquaredError(), f([0.2]), X, y, micro_batch_sizes=[1, 1, 1, 1],
               learning_rate=0.4, n_steps=1, expected=(f([[0.2], [0.09]]), f([[0.275]])))


def test_equal_micro_batches(kata):
    """Equal sizes [2, 2, 2]: weights n_j / N are all 1/k, the plain mean of the micro-batch means."""
    rng = np.random.default_rng(2)
    X, y = rng.standard_normal((6, 2)), rng.standard_normal(6)
    kata.check("accumulated_sgd", SquaredError(), f([0.0, 1.0]), X, y, micro_batch_sizes=[2, 2, 2],
               learning_rate=0.2, n_steps=4,
               expected=full_batch_gd([0.0, 1.0], X, y, 0.2, 4, squared_error_mean_gradient))


def test_equals_the_big_batch_on_random_splits(kata, rng):
    """Random N ≤ 40 split into random unequal micro-batches: every step equals full-batch gradient descent."""
    for loss, mean_gradient in ((SquaredError(), squared_error_mean_gradient), (Logistic(), logistic_mean_gradient)):
        for _ in range(4):
            n, d = int(rng.integers(2, 41)), int(rng.integers(1, 6))
            k = int(rng.integers(2, min(n, 12) + 1))
            cuts = np.sort(rng.choice(np.arange(1, n), size=k - 1, replace=False))
            sizes = [int(s) for s in np.diff(np.concatenate([[0], cuts, [n]]))]
            X = rng.standard_normal((n, d))
            y = (rng.random(n) < 0.5).astype(float) if isinstance(loss, Logistic) else rng.standard_normal(n)
            w0 = rng.standard_normal(d)
            lr, steps = float(rng.uniform(0.05, 0.5)), int(rng.integers(1, 9))
            kata.check("accumulated_sgd", loss, w0, X, y, micro_batch_sizes=sizes, learning_rate=lr,
                       n_steps=steps, expected=full_batch_gd(w0, X, y, lr, steps, mean_gradient))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random problems (squared error and logistic), sizes from 1 up, compared with the reference."""
    arg_sets = []
    for _ in range(6):
        n, d = int(rng.integers(1, 30)), int(rng.integers(1, 5))
        sizes = []
        while sum(sizes) < n:
            sizes.append(int(min(rng.integers(1, 6), n - sum(sizes))))
        X, y = rng.standard_normal((n, d)), (rng.random(n) < 0.5).astype(float)
        loss = SquaredError() if rng.random() < 0.5 else Logistic()
        arg_sets.append(((loss, rng.standard_normal(d), X, y),
                         dict(micro_batch_sizes=sizes, learning_rate=float(rng.uniform(0.01, 1.0)),
                              n_steps=int(rng.integers(0, 6)))))
    kata.check_each("accumulated_sgd", arg_sets)


def test_zero_steps(kata):
    """n_steps = 0: the trajectory is w0 alone, shape (1, d), the gradients an empty (0, d) float64 array."""
    result = kata.check("accumulated_sgd", SquaredError(), f([0.1, -0.7]), np.ones((3, 2)), f([1.0, 2.0, 3.0]),
                        micro_batch_sizes=[2, 1], learning_rate=0.5, n_steps=0,
                        expected=(f([[0.1, -0.7]]), np.zeros((0, 2))))
    require(result.calls.get("grad", 0) == 0, f"{result.shown} called grad {result.calls.get('grad', 0)} "
                                              "time(s): with no step there is nothing to compute")


def test_zero_learning_rate(kata):
    """learning_rate = 0: w never moves, but every step's accumulated gradient is still reported (−0.6 each)."""
    kata.check("accumulated_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               micro_batch_sizes=[2, 1], learning_rate=0.0, n_steps=2,
               expected=(f([[0.0], [0.0], [0.0]]), f([[-0.6], [-0.6]])))


def test_integer_start_point_gives_floats(kata):
    """w0 = [1] as a list of ints: float64 results, nothing truncated (x = 1, y = 0.1, 0.7, 1.0: ĝ_0 = 0.4)."""
    kata.check("accumulated_sgd", SquaredError(), [1], np.ones((3, 1)), f([0.1, 0.7, 1.0]),
               micro_batch_sizes=[1, 2], learning_rate=0.5, n_steps=1,
               expected=(f([[1.0], [0.8]]), f([[0.4]])))


def test_large_magnitudes_both_signs(kata):
    """Targets ±3e8 and ±7e7 in micro-batches of 1 and 3: the weighted mean still matches the big batch."""
    X = f([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, -1.0]])
    y = f([3e8, -3e8, 7e7, -7e7])
    kata.check("accumulated_sgd", SquaredError(), f([0.0, 0.0]), X, y, micro_batch_sizes=[1, 3],
               learning_rate=0.1, n_steps=2, expected=full_batch_gd([0.0, 0.0], X, y, 0.1, 2, squared_error_mean_gradient))


def test_grad_called_once_per_micro_batch_per_step(kata):
    """grad is called k · n_steps times: 3 micro-batches × 0, 1 and 4 steps."""
    X, y = np.ones((6, 1)), f([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    for n_steps in (0, 1, 4):
        result = kata.call("accumulated_sgd", SquaredError(), f([0.0]), X, y, micro_batch_sizes=[1, 3, 2],
                           learning_rate=0.1, n_steps=n_steps)
        calls = result.calls.get("grad", 0)
        require(calls == 3 * n_steps, f"{result.shown} called grad {calls} time(s): call it once per "
                                      f"micro-batch per step, {3 * n_steps} time(s) here")


def test_invalid_sizes_raise(kata):
    """ValueError: no micro-batch, a size 0, a negative size, sizes summing to less or more than N = 3, n_steps < 0."""
    X, y = np.ones((3, 1)), f([0.1, 0.7, 1.0])
    for sizes in ([], [3, 0], [4, -1], [1, 1], [2, 2]):
        kata.raises("ValueError", "accumulated_sgd", SquaredError(), f([0.0]), X, y, micro_batch_sizes=sizes,
                    learning_rate=0.1, n_steps=1)
    kata.raises("ValueError", "accumulated_sgd", SquaredError(), f([0.0]), X, y, micro_batch_sizes=[2, 1],
                learning_rate=0.1, n_steps=-1)


def test_an_empty_batch_raises(kata):
    """N = 0 rows: there is no micro-batch to accumulate (sizes [] or [0]), so ValueError, even with n_steps = 0."""
    for sizes in ([], [0]):
        for n_steps in (0, 2):
            kata.raises("ValueError", "accumulated_sgd", SquaredError(), f([0.0]), np.ones((0, 1)), f([]),
                        micro_batch_sizes=sizes, learning_rate=0.1, n_steps=n_steps)


def test_invalid_sizes_raise_even_with_zero_steps(kata):
    """n_steps = 0 still validates: sizes [1, 1] on N = 3 rows, or [3, 0], raise ValueError."""
    X, y = np.ones((3, 1)), f([0.1, 0.7, 1.0])
    for sizes in ([1, 1], [3, 0], []):
        kata.raises("ValueError", "accumulated_sgd", SquaredError(), f([0.0]), X, y, micro_batch_sizes=sizes,
                    learning_rate=0.1, n_steps=0)


def test_sizes_as_a_tuple_or_numpy_array(kata):
    """micro_batch_sizes may be a tuple or a 1-D numpy int array: (2, 1) and np.array([2, 1]) give the by-hand ĝ_0 = −0.6."""
    for sizes in ((2, 1), np.array([2, 1]), [np.int64(2), np.int64(1)]):
        kata.check("accumulated_sgd", SquaredError(), f([0.0]), np.ones((3, 1)), f([0.1, 0.7, 1.0]),
                   micro_batch_sizes=sizes, learning_rate=0.5, n_steps=1, expected=(f([[0.0], [0.3]]), f([[-0.6]])))


def test_float_sizes_raise_type_error(kata):
    """A size that is not an integer is a TypeError, whatever n_steps is: [2.0, 1.0] and [1.5, 1.5] on N = 3."""
    X, y = np.ones((3, 1)), f([0.1, 0.7, 1.0])
    for sizes in ([2.0, 1.0], [1.5, 1.5], np.array([2.0, 1.0])):
        for n_steps in (1, 0):
            kata.raises("TypeError", "accumulated_sgd", SquaredError(), f([0.0]), X, y, micro_batch_sizes=sizes,
                        learning_rate=0.1, n_steps=n_steps)
