"""Hidden tests for layers/rms_norm: rms_norm_forward(x, gamma, eps) and
rms_norm_backward(dout, x, gamma, eps) -> (dx, dgamma), over the last axis."""
import numpy as np

from grader.testing import require

X17 = np.array([[1.0, 7.0]])          # mean of squares (1 + 49)/2 = 25: rms = 5 with eps = 0


def _numeric(forward_all, x, gamma, G, eps, h=1e-6):
    """Central differences of L = Σ forward(x, gamma, eps) ⊙ G, so that dout = G;
    forward_all maps the list of every perturbed (args, kwargs) to the forward's outputs."""
    arrays, sets = [x, gamma], []
    for which in range(2):
        for index in np.ndindex(arrays[which].shape):
            plus, minus = [a.copy() for a in arrays], [a.copy() for a in arrays]
            plus[which][index] += h
            minus[which][index] -= h
            sets += [(tuple(plus), {"eps": eps}), (tuple(minus), {"eps": eps})]
    outputs, grads = iter(forward_all(sets)), []
    for which in range(2):
        grad = np.zeros_like(arrays[which])
        for index in np.ndindex(grad.shape):
            grad[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                           - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * h)
        grads.append(grad)
    return tuple(grads)


def test_forward_by_hand(kata):
    """x = (1, 7), gamma = (1, 2), eps = 0: rms = sqrt((1 + 49)/2) = 5, out = (1/5, 2·7/5) = (0.2, 2.8)."""
    kata.check("rms_norm_forward", X17, np.array([1.0, 2.0]), eps=0.0, expected=np.array([[0.2, 2.8]]))


def test_mean_is_not_subtracted_by_hand(kata):
    """x = (2, 2, 2, 2), eps = 0: rms = 2, out = (1, 1, 1, 1) (subtracting the mean would give 0s)."""
    kata.check("rms_norm_forward", np.array([[2.0, 2.0, 2.0, 2.0]]), np.ones(4), eps=0.0, expected=np.ones((1, 4)))


def test_eps_inside_the_square_root_by_hand(kata):
    """x = (1, 7), eps = 11: rms = sqrt(25 + 11) = 6, out = (1/6, 7/6) (eps outside the root gives /16)."""
    kata.check("rms_norm_forward", X17, np.ones(2), eps=11.0, expected=np.array([[1 / 6, 7 / 6]]))


def test_backward_by_hand(kata):
    """x = (1, 7), gamma = (2, 1), dout = (1, 0), eps = 0: dx = (0.4, 0) − (1, 7)·2/(2·125) = (0.392, −0.056), dgamma = (0.2, 0)."""
    # dxhat = (2, 0); Σ dxhat·x = 2; dx = dxhat/5 − x·2/(2·5³); dgamma = dout·x/5
    kata.check("rms_norm_backward", np.array([[1.0, 0.0]]), X17, np.array([2.0, 1.0]), eps=0.0,
               expected=(np.array([[0.392, -0.056]]), np.array([0.2, 0.0])))


def test_dgamma_sums_over_the_batch_by_hand(kata):
    """Rows (1, 7) and (7, 1), dout = ones, eps = 0: dgamma = (1/5 + 7/5, 7/5 + 1/5) = (1.6, 1.6)."""
    x = np.array([[1.0, 7.0], [7.0, 1.0]])
    # row (1, 7): dx = (1, 1)/5 − (1, 7)·8/(2·125) = (0.168, −0.024); row (7, 1) mirrored
    kata.check("rms_norm_backward", np.ones((2, 2)), x, np.ones(2), eps=0.0,
               expected=(np.array([[0.168, -0.024], [-0.024, 0.168]]), np.array([1.6, 1.6])))


def test_matches_reference_on_random_batches(kata, rng):
    """Random (N, D) inputs with random gamma: forward and backward against the reference."""
    forwards, backwards = [], []
    for _ in range(6):
        n, d = (int(v) for v in rng.integers(1, [6, 7]))
        x, gamma = rng.normal(0.5, 2.0, size=(n, d)), rng.standard_normal(d)
        forwards.append(((x, gamma), {}))
        backwards.append(((rng.standard_normal((n, d)), x, gamma), {}))
    kata.check_each("rms_norm_forward", forwards)
    kata.check_each("rms_norm_backward", backwards)


def test_three_dimensional_input(kata, rng):
    """x of shape (N, T, D) = (2, 3, 4): normalised over D only; dgamma sums over N AND T, shape (4,)."""
    x, gamma = rng.standard_normal((2, 3, 4)), rng.standard_normal(4)
    kata.check("rms_norm_forward", x, gamma)
    kata.check("rms_norm_backward", rng.standard_normal((2, 3, 4)), x, gamma)


def test_zero_row_with_default_eps(kata):
    """A row of zeros with the default eps = 1e-6: rms = sqrt(1e-6) = 0.001, so out = 0 and dx = dout·gamma·1000; dgamma = 0."""
    x = np.zeros((1, 3))
    kata.check("rms_norm_forward", x, np.array([1.0, 2.0, 3.0]), expected=np.zeros((1, 3)))
    kata.check("rms_norm_backward", np.array([[1.0, 1.0, -1.0]]), x, np.array([1.0, 2.0, 3.0]),
               expected=(np.array([[1000.0, 2000.0, -3000.0]]), np.zeros(3)))


def test_one_feature(kata):
    """D = 1, eps = 0: out = gamma·sign(x); dx = 0 (x/|x| does not change with x); dgamma = Σ dout·sign(x)."""
    x = np.array([[3.0], [-2.0]])
    kata.check("rms_norm_forward", x, np.array([2.0]), eps=0.0, expected=np.array([[2.0], [-2.0]]))
    kata.check("rms_norm_backward", np.array([[1.0], [5.0]]), x, np.array([2.0]), eps=0.0,
               expected=(np.zeros((2, 1)), np.array([-4.0])))


def test_backward_matches_finite_differences(kata, rng):
    """dx and dgamma equal central differences of L = Σ out ⊙ G on the reference forward."""
    for shape in [(3, 4), (2, 2, 3)]:
        x, G, gamma = rng.standard_normal(shape), rng.standard_normal(shape), rng.standard_normal(shape[-1])
        expected = _numeric(lambda sets: [kata.reference.rms_norm_forward(*a, **k) for a, k in sets], x, gamma, G, 1e-6)
        kata.check("rms_norm_backward", G, x, gamma, expected=expected, rtol=1e-5, atol=1e-7)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward (L = Σ out ⊙ G)."""
    x, G, gamma = rng.standard_normal((2, 3)), rng.standard_normal((2, 3)), rng.standard_normal(3)
    result = kata.call("rms_norm_backward", G, x, gamma, eps=1e-6)
    numerics = _numeric(lambda sets: [r.value for r in kata.calls("rms_norm_forward", sets)], x, gamma, G, 1e-6)
    for got, numeric, name in zip(result.value, numerics, ["dx", "dgamma"]):
        got = np.asarray(got, dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-5, atol=1e-7),
                f"{result.shown}: your {name} {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
