"""Hidden tests for layers/layer_norm: layer_norm_forward(x, gamma, beta, eps) and
layer_norm_backward(dout, x, gamma, eps) -> (dx, dgamma, dbeta), over the last axis."""
import numpy as np

from grader.testing import require

X4 = np.array([[-1.0, -1.0, 1.0, 1.0]])      # mean 0, biased variance 1: xhat = x


def _numeric(forward_all, x, gamma, beta, G, eps, h=1e-6):
    """Central differences of L = Σ forward(x, gamma, beta, eps) ⊙ G, so that dout = G;
    forward_all maps the list of every perturbed (args, kwargs) to the forward's outputs."""
    arrays, sets = [x, gamma, beta], []
    for which in range(3):
        for index in np.ndindex(arrays[which].shape):
            plus, minus = [a.copy() for a in arrays], [a.copy() for a in arrays]
            plus[which][index] += h
            minus[which][index] -= h
            sets += [(tuple(plus), {"eps": eps}), (tuple(minus), {"eps": eps})]
    outputs, grads = iter(forward_all(sets)), []
    for which in range(3):
        grad = np.zeros_like(arrays[which])
        for index in np.ndindex(grad.shape):
            grad[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                           - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * h)
        grads.append(grad)
    return tuple(grads)


def test_forward_by_hand(kata):
    """Rows (1, 3) and (0, 2), eps = 0: each row has mean in the middle and biased variance 1, so xhat = (−1, 1) per row."""
    x = np.array([[1.0, 3.0], [0.0, 2.0]])
    # gamma = (1, 2), beta = (0, 0.5): out = (−1·1 + 0, 1·2 + 0.5) = (−1, 2.5) on both rows
    kata.check("layer_norm_forward", x, np.array([1.0, 2.0]), np.array([0.0, 0.5]), eps=0.0,
               expected=np.array([[-1.0, 2.5], [-1.0, 2.5]]))


def test_normalises_over_the_last_axis_by_hand(kata):
    """x = [[0, 0], [2, 4]], eps = 1: each ROW is normalised: (0, 0) → (0, 0), (2, 4) → (−1, 1)/sqrt(1 + 1)."""
    x = np.array([[0.0, 0.0], [2.0, 4.0]])
    # row 0: mean 0, var 0 → xhat 0; row 1: mean 3, var 1, eps 1 → (∓1)/sqrt(2)
    r = 1 / np.sqrt(2.0)
    kata.check("layer_norm_forward", x, np.ones(2), np.zeros(2), eps=1.0,
               expected=np.array([[0.0, 0.0], [-r, r]]))


def test_eps_inside_the_square_root_by_hand(kata):
    """x = (0, 2), eps = 3: biased var 1, xhat = ±1/sqrt(1 + 3) = ±0.5 (eps outside the root gives ±0.25)."""
    kata.check("layer_norm_forward", np.array([[0.0, 2.0]]), np.ones(2), np.zeros(2), eps=3.0,
               expected=np.array([[-0.5, 0.5]]))


def test_biased_variance_by_hand(kata):
    """x = (0, 3, 6), eps = 0: mean 3, biased var (9 + 0 + 9)/3 = 6, so xhat = (−3, 0, 3)/sqrt(6) (not /sqrt(9))."""
    s = 3 / np.sqrt(6.0)
    kata.check("layer_norm_forward", np.array([[0.0, 3.0, 6.0]]), np.ones(3), np.zeros(3), eps=0.0,
               expected=np.array([[-s, 0.0, s]]))


def test_backward_by_hand(kata):
    """x = (−1, −1, 1, 1), gamma = (2, 1, 1, 1), dout = (1, 0, 0, 0), eps = 0: dx = (1, −1, 0, 0), dgamma = (−1, 0, 0, 0), dbeta = dout."""
    # dxhat = dout·gamma = (2, 0, 0, 0); Σ dxhat = 2; Σ dxhat·xhat = −2
    # dx = ¼((8, 0, 0, 0) − 2 − xhat·(−2)) = ¼((8, 0, 0, 0) − 2 + (−2, −2, 2, 2)) = (1, −1, 0, 0)
    kata.check("layer_norm_backward", np.array([[1.0, 0.0, 0.0, 0.0]]), X4, np.array([2.0, 1.0, 1.0, 1.0]), eps=0.0,
               expected=(np.array([[1.0, -1.0, 0.0, 0.0]]), np.array([-1.0, 0.0, 0.0, 0.0]),
                         np.array([1.0, 0.0, 0.0, 0.0])))


def test_backward_sums_parameter_gradients_over_the_batch_by_hand(kata):
    """Rows (−1, 1) and (1, −1) (xhat = x), dout = (1, 0) on both, eps = 0: dgamma = (−1 + 1, 0) = (0, 0), dbeta = (2, 0), dx = 0."""
    x = np.array([[-1.0, 1.0], [1.0, -1.0]])
    dout = np.array([[1.0, 0.0], [1.0, 0.0]])
    # D = 2: xhat = ±1 whatever x is, so dx = 0; dgamma = (−1 + 1, 0) = (0, 0); dbeta = (2, 0)
    kata.check("layer_norm_backward", dout, x, np.ones(2), eps=0.0,
               expected=(np.zeros((2, 2)), np.zeros(2), np.array([2.0, 0.0])))


def test_matches_reference_on_random_batches(kata, rng):
    """Random (N, D) inputs with random gamma and beta: forward and backward against the reference."""
    forwards, backwards = [], []
    for _ in range(6):
        n, d = (int(v) for v in rng.integers(1, [6, 7]))
        x = rng.normal(1.0, 2.0, size=(n, d))
        gamma, beta = rng.standard_normal(d), rng.standard_normal(d)
        forwards.append(((x, gamma, beta), {}))
        backwards.append(((rng.standard_normal((n, d)), x, gamma), {}))
    kata.check_each("layer_norm_forward", forwards)
    kata.check_each("layer_norm_backward", backwards)


def test_three_dimensional_input(kata, rng):
    """x of shape (N, T, D) = (2, 3, 4): normalised over D only; dgamma and dbeta sum over N AND T, shape (4,)."""
    x, gamma, beta = rng.standard_normal((2, 3, 4)), rng.standard_normal(4), rng.standard_normal(4)
    kata.check("layer_norm_forward", x, gamma, beta)
    kata.check("layer_norm_backward", rng.standard_normal((2, 3, 4)), x, gamma)


def test_one_feature(kata):
    """D = 1: xhat is 0 everywhere, so out = beta on every row and dx = 0; dgamma = 0, dbeta = Σ dout."""
    x = np.array([[3.0], [-2.0], [7.0]])
    kata.check("layer_norm_forward", x, np.array([2.0]), np.array([0.5]), expected=np.array([[0.5], [0.5], [0.5]]))
    kata.check("layer_norm_backward", np.array([[1.0], [2.0], [3.0]]), x, np.array([2.0]),
               expected=(np.zeros((3, 1)), np.zeros(1), np.array([6.0])))


def test_default_eps(kata, rng):
    """eps defaults to 1e-5: tiny-variance rows make it visible."""
    x = rng.standard_normal((3, 4)) * 0.002
    kata.check("layer_norm_forward", x, np.ones(4), np.zeros(4))
    kata.check("layer_norm_backward", rng.standard_normal((3, 4)), x, rng.standard_normal(4))


def test_backward_matches_finite_differences(kata, rng):
    """dx, dgamma, dbeta equal central differences of L = Σ out ⊙ G on the reference forward."""
    for shape in [(3, 4), (2, 2, 3)]:
        x, G = rng.standard_normal(shape), rng.standard_normal(shape)
        gamma, beta = rng.standard_normal(shape[-1]), rng.standard_normal(shape[-1])
        expected = _numeric(lambda sets: [kata.reference.layer_norm_forward(*a, **k) for a, k in sets], x, gamma, beta, G, 1e-5)
        kata.check("layer_norm_backward", G, x, gamma, eps=1e-5, expected=expected, rtol=1e-5, atol=1e-7)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward (L = Σ out ⊙ G)."""
    x, G = rng.standard_normal((2, 3)), rng.standard_normal((2, 3))
    gamma, beta = rng.standard_normal(3), rng.standard_normal(3)
    result = kata.call("layer_norm_backward", G, x, gamma, eps=1e-5)
    numerics = _numeric(lambda sets: [r.value for r in kata.calls("layer_norm_forward", sets)], x, gamma, beta, G, 1e-5)
    for got, numeric, name in zip(result.value, numerics, ["dx", "dgamma", "dbeta"]):
        got = np.asarray(got, dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-5, atol=1e-7),
                f"{result.shown}: your {name} {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
