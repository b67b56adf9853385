"""Hidden tests for layers/rnn_bptt: rnn_forward(x, h0, Wx, Wh, b) -> hs and
rnn_backward(dhs, x, h0, Wx, Wh, b) -> (dx, dh0, dWx, dWh, db)."""
import numpy as np

from grader.testing import require

ONE, TWO, MINUS = np.array([[1.0]]), np.array([[2.0]]), np.array([-1.0])


def _params(rng, n, t, d, h):
    return (rng.standard_normal((n, t, d)), rng.standard_normal((n, h)) * 0.5,
            rng.standard_normal((d, h)) * 0.6, rng.standard_normal((h, h)) * 0.6, rng.standard_normal(h) * 0.3)


def _numeric(forward_all, args, G, step=1e-6):
    """Central differences of L = Σ forward(*args) ⊙ G with respect to each argument;
    forward_all maps the list of every perturbed argument tuple to the forward's outputs."""
    sets = []
    for which in range(len(args)):
        for index in np.ndindex(args[which].shape):
            plus, minus = [a.copy() for a in args], [a.copy() for a in args]
            plus[which][index] += step
            minus[which][index] -= step
            sets += [tuple(plus), tuple(minus)]
    outputs, grads = iter(forward_all(sets)), []
    for which in range(len(args)):
        grad = np.zeros_like(args[which])
        for index in np.ndindex(grad.shape):
            grad[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                           - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * step)
        grads.append(grad)
    return grads


def test_forward_by_hand(kata):
    """D = H = 1, Wx = Wh = 1, b = 0, h0 = 0, x = (0.5, 0): h_1 = tanh(0.5), h_2 = tanh(0 + h_1) = tanh(tanh(0.5))."""
    x = np.array([[[0.5], [0.0]]])
    kata.check("rnn_forward", x, np.zeros((1, 1)), ONE, ONE, np.zeros(1),
               expected=np.array([[[np.tanh(0.5)], [np.tanh(np.tanh(0.5))]]]))


def test_forward_uses_h0_by_hand(kata):
    """x = 0, b = 0, Wh = 1, h0 = 0.5: h_1 = tanh(0.5) (the first step reads h0)."""
    kata.check("rnn_forward", np.zeros((1, 1, 1)), np.array([[0.5]]), ONE, ONE, np.zeros(1),
               expected=np.array([[[np.tanh(0.5)]]]))


def test_backward_through_time_by_hand(kata):
    """x = 1, Wx = 1, b = −1, h0 = 0 keep every h at 0 (tanh′ = 1); Wh = 2, dhs = 1: da = (7, 3, 1), dx = da, dh0 = 14, dWx = db = 11, dWh = 0."""
    # da_3 = 1; da_2 = 1 + 2·1 = 3; da_1 = 1 + 2·3 = 7; dh0 = 2·7; dWx = Σ x·da = 11; dWh = Σ h_{t-1}·da = 0
    kata.check("rnn_backward", np.ones((1, 3, 1)), np.ones((1, 3, 1)), np.zeros((1, 1)), ONE, TWO, MINUS,
               expected=(np.array([[[7.0], [3.0], [1.0]]]), np.array([[14.0]]), np.array([[11.0]]),
                         np.array([[0.0]]), np.array([11.0])))


def test_backward_dWh_pairs_da_with_the_previous_state_by_hand(kata):
    """T = 1, h0 = 0.5, x = 0, Wx = 1, Wh = 0, b = 0: h_1 = 0, da = dhs = 3, dWh = h0·da = 1.5, dh0 = da·Wh = 0."""
    # pairing da with h_1 (= 0) instead of h_0 would give dWh = 0
    kata.check("rnn_backward", np.array([[[3.0]]]), np.zeros((1, 1, 1)), np.array([[0.5]]), ONE, np.zeros((1, 1)),
               np.zeros(1), expected=(np.array([[[3.0]]]), np.array([[0.0]]), np.array([[0.0]]),
                                      np.array([[1.5]]), np.array([3.0])))


def test_backward_tanh_derivative_by_hand(kata):
    """T = 1, x = 0.5, Wx = 1, h0 = 0: h = tanh(0.5), da = dhs·(1 − tanh²(0.5)); dx = dh0 = db = da, dWx = 0.5·da, dWh = h0·da = 0."""
    da = 1.0 - np.tanh(0.5) ** 2
    kata.check("rnn_backward", np.array([[[1.0]]]), np.array([[[0.5]]]), np.zeros((1, 1)), ONE, ONE, np.zeros(1),
               expected=(np.array([[[da]]]), np.array([[da]]), np.array([[0.5 * da]]), np.array([[0.0]]),
                         np.array([da])))


def test_matches_reference_on_random_sequences(kata, rng):
    """Random N (1 to 3), T (1 to 6), D (1 to 4), H (1 to 4): forward and backward against the reference."""
    forwards, backwards = [], []
    for _ in range(8):
        n, t, d, h = (int(v) for v in rng.integers(1, [4, 7, 5, 5]))
        x, h0, Wx, Wh, b = _params(rng, n, t, d, h)
        forwards.append(((x, h0, Wx, Wh, b), {}))
        backwards.append(((rng.standard_normal((n, t, h)), x, h0, Wx, Wh, b), {}))
    kata.check_each("rnn_forward", forwards)
    kata.check_each("rnn_backward", backwards)


def test_gradient_only_at_the_last_step(kata, rng):
    """dhs is zero except at step T (a sequence classifier): the gradient still reaches x_1 and h0 through time."""
    x, h0, Wx, Wh, b = _params(rng, 2, 5, 3, 4)
    dhs = np.zeros((2, 5, 4))
    dhs[:, -1] = rng.standard_normal((2, 4))
    kata.check("rnn_backward", dhs, x, h0, Wx, Wh, b)


def test_backward_matches_finite_differences(kata, rng):
    """dx, dh0, dWx, dWh, db equal central differences of L = Σ hs ⊙ G on the reference forward."""
    args = list(_params(rng, 2, 4, 3, 3))
    G = rng.standard_normal((2, 4, 3))
    expected = tuple(_numeric(lambda sets: [kata.reference.rnn_forward(*a) for a in sets], args, G))
    kata.check("rnn_backward", G, *args, expected=expected, rtol=1e-5, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward (L = Σ hs ⊙ G, N = 1, T = 3, D = H = 2)."""
    args = list(_params(rng, 1, 3, 2, 2))
    G = rng.standard_normal((1, 3, 2))
    result = kata.call("rnn_backward", G, *args)
    numerics = _numeric(lambda sets: [r.value for r in kata.calls("rnn_forward", [(a, {}) for a in sets])], args, G)
    for got, numeric, name in zip(result.value, numerics, ["dx", "dh0", "dWx", "dWh", "db"]):
        got = np.asarray(got, dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-5, atol=1e-8),
                f"{result.shown}: your {name} {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
