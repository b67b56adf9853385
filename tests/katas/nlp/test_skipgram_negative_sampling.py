"""Hidden tests for nlp/skipgram_negative_sampling: sgns_loss_and_grads(W_in, W_out, center, context, negatives)."""
import math

import numpy as np

from grader.testing import require


def _sigmoid(x):
    return 1 / (1 + math.exp(-x))


def test_zero_scores_by_hand(kata):
    """Both scores 0: loss = 2 ln 2, grad_center = −u_0/2 + u_1/2, rows ∓v/2."""
    W_in = np.array([[1.0, 2.0], [0.0, 0.0]])
    W_out = np.array([[2.0, -1.0], [0.0, 0.0]])
    kata.check("sgns_loss_and_grads", W_in, W_out, 0, 0, [1],
               expected=(2 * math.log(2), np.array([-1.0, 0.5]), np.array([[-0.5, -1.0], [0.5, 1.0]])))


def _by_hand(W_in, W_out, center, context, negatives):
    """The statement's formulas term by term, with math (independent of numpy's vector code)."""
    v = [float(x) for x in W_in[center]]
    d = len(v)
    grad_center = [0.0] * d
    grad_out = [[0.0] * d for _ in range(len(W_out))]
    s = sum(W_out[context][i] * v[i] for i in range(d))
    loss = math.log(1 + math.exp(-s))
    for i in range(d):
        grad_center[i] += (_sigmoid(s) - 1) * W_out[context][i]
        grad_out[context][i] += (_sigmoid(s) - 1) * v[i]
    for n in negatives:
        s = sum(W_out[n][i] * v[i] for i in range(d))
        loss += math.log(1 + math.exp(s))
        for i in range(d):
            grad_center[i] += _sigmoid(s) * W_out[n][i]
            grad_out[n][i] += _sigmoid(s) * v[i]
    return loss, np.array(grad_center), np.array(grad_out)


W_IN = np.array([[0.3, -0.7, 0.1], [0.5, 0.2, -0.4], [-0.6, 0.1, 0.9], [0.2, 0.2, 0.2]])
W_OUT = np.array([[0.1, 0.4, -0.3], [-0.2, 0.7, 0.5], [0.9, -0.1, 0.3], [0.3, 0.3, -0.8]])


def test_two_negatives_by_hand(kata):
    """Centre 1, context 2, negatives 0 and 3: the statement's formulas term by term."""
    kata.check("sgns_loss_and_grads", W_IN, W_OUT, 1, 2, [0, 3], expected=_by_hand(W_IN, W_OUT, 1, 2, [0, 3]))


def test_repeated_negatives_accumulate(kata):
    """Negative 3 drawn twice: its loss term counts twice and its row of grad_out gets 2·σ(u_3·v)·v."""
    kata.check("sgns_loss_and_grads", W_IN, W_OUT, 1, 2, [3, 0, 3], expected=_by_hand(W_IN, W_OUT, 1, 2, [3, 0, 3]))


def test_negative_equal_to_the_context_adds_to_its_row(kata):
    """Negative 2 equal to the context 2: row 2 gets (σ(s) − 1)·v + σ(s)·v = (2σ(s) − 1)·v."""
    kata.check("sgns_loss_and_grads", W_IN, W_OUT, 1, 2, [2], expected=_by_hand(W_IN, W_OUT, 1, 2, [2]))


def test_center_equal_to_context(kata):
    """Centre 0 and context 0 index different matrices: v = W_in[0], u_o = W_out[0]."""
    kata.check("sgns_loss_and_grads", W_IN, W_OUT, 0, 0, [1], expected=_by_hand(W_IN, W_OUT, 0, 0, [1]))


def test_no_negatives(kata):
    """K = 0: only the context term."""
    kata.check("sgns_loss_and_grads", W_IN, W_OUT, 3, 1, [], expected=_by_hand(W_IN, W_OUT, 3, 1, []))


def test_large_positive_scores(kata):
    """Context score +1000 and negative score −1000: loss ≈ 0 (e^−1000), every gradient ≈ 0, all finite."""
    W_in = np.array([[10.0, 0.0], [0.0, 1.0]])
    W_out = np.array([[100.0, 0.0], [-100.0, 0.0]])
    kata.check("sgns_loss_and_grads", W_in, W_out, 0, 0, [1], expected=(0.0, np.zeros(2), np.zeros((2, 2))))


def test_large_negative_scores(kata):
    """Context score −1000 and negative score +1000: loss = 2000, σ terms exactly −1 and 1, finite."""
    W_in = np.array([[10.0, 0.0], [0.0, 1.0]])
    W_out = np.array([[-100.0, 0.0], [100.0, 0.0]])
    # grad_center = −1·u_0 + 1·u_1 = [200, 0]; row 0: −v, row 1: +v
    kata.check("sgns_loss_and_grads", W_in, W_out, 0, 0, [1],
               expected=(2000.0, np.array([200.0, 0.0]), np.array([[-10.0, 0.0], [10.0, 0.0]])))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random tables (V ≤ 20, d ≤ 8), up to 10 negatives with repeats, scores of every size."""
    arg_sets = []
    for _ in range(12):
        V, d = int(rng.integers(2, 21)), int(rng.integers(1, 9))
        scale = float(rng.choice([0.1, 1.0, 10.0]))
        W_in, W_out = scale * rng.standard_normal((V, d)), scale * rng.standard_normal((V, d))
        negatives = [int(n) for n in rng.integers(0, V, int(rng.integers(0, 11)))]
        arg_sets.append(((W_in, W_out, int(rng.integers(0, V)), int(rng.integers(0, V)), negatives), {}))
    kata.check_each("sgns_loss_and_grads", arg_sets)


def test_gradients_match_finite_differences(kata, rng):
    """Your gradients against central differences of your own loss, along random directions."""
    V, d = 6, 4
    W_in, W_out = rng.standard_normal((V, d)), rng.standard_normal((V, d))
    center, context, negatives = 2, 4, [1, 4, 1, 5]
    h = 1e-5
    directions, arg_sets = [], [((W_in, W_out, center, context, negatives), {})]
    for _ in range(3):            # every perturbed input known up front: one batch
        direction = rng.standard_normal(d)
        plus, minus = W_in.copy(), W_in.copy()
        plus[center] += h * direction
        minus[center] -= h * direction
        arg_sets += [((plus, W_out, center, context, negatives), {}), ((minus, W_out, center, context, negatives), {})]
        direction_out = rng.standard_normal((V, d))
        arg_sets += [((W_in, W_out + h * direction_out, center, context, negatives), {}),
                     ((W_in, W_out - h * direction_out, center, context, negatives), {})]
        directions.append((direction, direction_out))
    result, *others = kata.calls("sgns_loss_and_grads", arg_sets)
    _, grad_center, grad_out = result.value
    losses = iter([other.value[0] for other in others])
    for direction, direction_out in directions:
        numeric = (next(losses) - next(losses)) / (2 * h)
        analytic = float(np.asarray(grad_center) @ direction)
        require(abs(numeric - analytic) < 1e-6 * max(1.0, abs(numeric)),
                f"{result.shown}: grad_center · direction = {analytic:.8f}, but the loss changes at rate "
                f"{numeric:.8f} along that direction (central differences)")
        direction = direction_out
        numeric = (next(losses) - next(losses)) / (2 * h)
        analytic = float(np.sum(np.asarray(grad_out) * direction))
        require(abs(numeric - analytic) < 1e-6 * max(1.0, abs(numeric)),
                f"{result.shown}: Σ grad_out · direction = {analytic:.8f}, but the loss changes at rate "
                f"{numeric:.8f} along that direction (central differences)")
