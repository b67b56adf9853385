"""Hidden tests for neural_nets/dense_layer: dense_forward(x, W, b) and dense_backward(dout, x, W) -> (dx, dW, db)."""
import numpy as np

from grader.testing import require

X1 = np.array([[1.0, 2.0]])
W1 = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])


def _numeric_gradients(forward, x, W, b, G, h=1e-6):
    """Central differences of L = Σ forward(x, W, b) ⊙ G, so that dout = G."""
    def loss(x_, W_, b_):
        return float(np.sum(np.asarray(forward(x_, W_, b_), dtype=float) * G))
    grads = []
    for which in range(3):
        arrays = [x, W, b]
        grad = np.zeros_like(arrays[which])
        for index in np.ndindex(grad.shape):
            plus = [a.copy() for a in arrays]
            minus = [a.copy() for a in arrays]
            plus[which][index] += h
            minus[which][index] -= h
            grad[index] = (loss(*plus) - loss(*minus)) / (2 * h)
        grads.append(grad)
    return tuple(grads)


def test_forward_by_hand(kata):
    """x = [[1, 2]], W (2×3), b = (0.5, 0, −0.5): out = [[1+4+0.5, 0+2+0, −1+0−0.5]] = [[5.5, 2, −1.5]]."""
    kata.check("dense_forward", X1, W1, np.array([0.5, 0.0, -0.5]), expected=np.array([[5.5, 2.0, -1.5]]))


def test_backward_batch_of_two_by_hand(kata):
    """x = I, W = [[1, 2], [3, 4]], dout = [[1, 2], [3, 4]]: dx = [[5, 11], [11, 25]], dW = dout, db = (4, 6) summed."""
    dout = np.array([[1.0, 2.0], [3.0, 4.0]])
    # dx = dout Wᵀ: row 0 = (1·1 + 2·2, 1·3 + 2·4) = (5, 11); row 1 = (3 + 8, 9 + 16) = (11, 25)
    # dW = xᵀ dout = I · dout; db = column sums (1 + 3, 2 + 4)
    kata.check("dense_backward", dout, np.eye(2), np.array([[1.0, 2.0], [3.0, 4.0]]),
               expected=(np.array([[5.0, 11.0], [11.0, 25.0]]), dout.copy(), np.array([4.0, 6.0])))


def test_backward_by_hand(kata):
    """dout = [[1, 0, 2]]: dx = dout Wᵀ = [[−1, 2]], dW = xᵀ dout = [[1, 0, 2], [2, 0, 4]], db = (1, 0, 2)."""
    kata.check("dense_backward", np.array([[1.0, 0.0, 2.0]]), X1, W1,
               expected=(np.array([[-1.0, 2.0]]), np.array([[1.0, 0.0, 2.0], [2.0, 0.0, 4.0]]),
                         np.array([1.0, 0.0, 2.0])))


def test_forward_batch_by_hand(kata):
    """Three rows, D = 1, H = 2: the bias is added to every row."""
    kata.check("dense_forward", np.array([[1.0], [0.0], [-2.0]]), np.array([[2.0, -1.0]]), np.array([1.0, 1.0]),
               expected=np.array([[3.0, 0.0], [1.0, 1.0], [-3.0, 3.0]]))


def test_matches_reference_on_random_layers(kata, rng):
    """Random N (1 to 8), D (1 to 6), H (1 to 6): forward and backward against the reference."""
    forward, backward = [], []
    for _ in range(8):
        n, d, h = (int(v) for v in rng.integers(1, [9, 7, 7]))
        x, W, b = rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h)
        forward.append(((x, W, b), {}))
        backward.append(((rng.standard_normal((n, h)), x, W), {}))
    kata.check_each("dense_forward", forward)
    kata.check_each("dense_backward", backward)


def test_empty_batch(kata):
    """N = 0: out and dx have 0 rows; dW and db are zeros of shapes (D, H) and (H,), all float64."""
    x, W = np.zeros((0, 3)), np.ones((3, 2))
    kata.check("dense_forward", x, W, np.array([1.0, 2.0]), expected=np.zeros((0, 2)))
    kata.check("dense_backward", np.zeros((0, 2)), x, W, expected=(np.zeros((0, 3)), np.zeros((3, 2)), np.zeros(2)))


def test_one_unit_layers(kata):
    """D = H = 1, N = 3: shapes (3, 1), (1, 1) and (1,) exactly, no squeezing."""
    x, W = np.array([[1.0], [2.0], [3.0]]), np.array([[2.0]])
    kata.check("dense_forward", x, W, np.array([-1.0]), expected=np.array([[1.0], [3.0], [5.0]]))
    kata.check("dense_backward", np.array([[1.0], [1.0], [-1.0]]), x, W,
               expected=(np.array([[2.0], [2.0], [-2.0]]), np.array([[0.0]]), np.array([1.0])))


def test_backward_matches_finite_differences(kata, rng):
    """With L = Σ out ⊙ G (so dout = G), dx, dW, db equal central differences of the forward pass."""
    for _ in range(3):
        n, d, h = (int(v) for v in rng.integers(1, [5, 5, 5]))
        x, W, b, G = (rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h),
                      rng.standard_normal((n, h)))
        # L is linear in each argument, so central differences are exact up to rounding (~1e-10)
        kata.check("dense_backward", G, x, W, expected=_numeric_gradients(kata.reference.dense_forward, x, W, b, G),
                   rtol=1e-6, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward (L = Σ out ⊙ G)."""
    x, W, b, G = rng.standard_normal((2, 2)), rng.standard_normal((2, 2)), rng.standard_normal(2), rng.standard_normal((2, 2))
    step = 1e-6
    result = kata.call("dense_backward", G, x, W)
    perturbed = []      # every input the central differences need, known up front: one batch
    _numeric_gradients(lambda *a: perturbed.append(a) or 0.0, x, W, b, G, step)
    outputs = iter([r.value for r in kata.calls("dense_forward", [(a, {}) for a in perturbed])])
    numerics = _numeric_gradients(lambda *a: next(outputs), x, W, b, G, step)
    for which, name in enumerate(["dx", "dW", "db"]):
        numeric = numerics[which]
        got = np.asarray(result.value[which], dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-6, atol=1e-8),
                f"{result.shown}: your {name} {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
