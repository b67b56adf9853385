"""Hidden tests for transformers/attention_backward: (q, k, v, d_output, mask=None) -> (dq, dk, dv)."""
import numpy as np

from grader.testing import require

LN3 = np.log(3.0)
Q1 = np.array([[2 * LN3, 0.0, 0.0, 0.0]])                         # D = 4, √D = 2: scores (ln 3, 0)
K2 = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
V2 = np.array([[1.0, 0.0], [0.0, 4.0]])


def _forward(q, k, v, mask):
    """The forward pass of the statement (test-side, for finite differences)."""
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    mask = np.broadcast_to(True if mask is None else mask, scores.shape)
    masked = np.where(mask, scores, -np.inf)
    m = masked.max(axis=-1, keepdims=True)
    e = np.where(mask, np.exp(masked - np.where(np.isfinite(m), m, 0.0)), 0.0)
    s = e.sum(axis=-1, keepdims=True)
    return (e / np.where(s > 0, s, 1.0)) @ v


def _finite_differences(q, k, v, d_output, mask, h=1e-6):
    """Central differences of L = Σ O ⊙ dO with respect to every entry of q, k and v."""
    grads = []
    for which in range(3):
        args = [q, k, v]
        g = np.zeros_like(args[which])
        for index in np.ndindex(*g.shape):
            plus = [a.copy() for a in args]
            minus = [a.copy() for a in args]
            plus[which][index] += h
            minus[which][index] -= h
            g[index] = (np.sum(_forward(*plus, mask) * d_output)
                        - np.sum(_forward(*minus, mask) * d_output)) / (2 * h)
        grads.append(g)
    return grads


def test_one_query_by_hand(kata):
    """P = (3/4, 1/4), dO = (0.7, 0.1): dP = (0.7, 0.4), Σ P dP = 0.625, dS = (0.05625, −0.05625)."""
    d_output = np.array([[0.7, 0.1]])
    # dV = Pᵀ dO; dQ = dS K / 2; dK = dSᵀ Q / 2 = ±0.05625 · ln 3 in column 0
    dq = np.array([[0.028125, -0.028125, 0.0, 0.0]])
    dk = np.array([[0.05625 * LN3, 0.0, 0.0, 0.0], [-0.05625 * LN3, 0.0, 0.0, 0.0]])
    dv = np.array([[0.525, 0.075], [0.175, 0.025]])
    kata.check("attention_backward", Q1, K2, V2, d_output, expected=(dq, dk, dv))


def test_two_queries_by_hand(kata):
    """Query 0 sees both keys (P = (3/4, 1/4)), query 1 sees key 1 only (P = (0, 1)): dV sums over the queries."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0], [2 * LN3, 0.0, 0.0, 0.0]])
    mask = np.array([[True, True], [False, True]])
    d_output = np.array([[0.7, 0.1], [0.3, 0.9]])
    # row 1 has P = (0, 1): dS = 0 (a one-hot softmax passes no gradient), dV[1] gains (0.3, 0.9)
    dq = np.array([[0.028125, -0.028125, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    dk = np.array([[0.05625 * LN3, 0.0, 0.0, 0.0], [-0.05625 * LN3, 0.0, 0.0, 0.0]])
    dv = np.array([[0.525, 0.075], [0.475, 0.925]])
    kata.check("attention_backward", q, K2, V2, d_output, mask, expected=(dq, dk, dv))


def test_fully_masked_row_passes_no_gradient(kata):
    """A query that may attend to nothing: its dq row is exactly 0 and it adds nothing to dk or dv."""
    q = np.array([[2 * LN3, 0.0, 0.0, 0.0], [0.3, -0.2, 0.1, 0.5]])
    mask = np.array([[True, True], [False, False]])
    d_output = np.array([[0.7, 0.1], [5.0, -3.0]])
    dq = np.array([[0.028125, -0.028125, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    dk = np.array([[0.05625 * LN3, 0.0, 0.0, 0.0], [-0.05625 * LN3, 0.0, 0.0, 0.0]])
    dv = np.array([[0.525, 0.075], [0.175, 0.025]])
    kata.check("attention_backward", q, K2, V2, d_output, mask, expected=(dq, dk, dv))


def test_scale_is_root_of_query_width(kata):
    """D = 4, Dv = 1: the scale 1/√D uses the width of q and k (here 1/2), not the value width."""
    v = np.array([[0.7], [0.1]])
    d_output = np.array([[1.0]])
    # dP = (0.7, 0.1); Σ P dP = 0.55; dS = (0.75·0.15, 0.25·(−0.45)) = (0.1125, −0.1125)
    dq = np.array([[0.05625, -0.05625, 0.0, 0.0]])
    dk = np.array([[0.1125 * LN3, 0.0, 0.0, 0.0], [-0.1125 * LN3, 0.0, 0.0, 0.0]])
    dv = np.array([[0.75], [0.25]])
    kata.check("attention_backward", Q1, K2, v, d_output, expected=(dq, dk, dv))


def test_large_scores_do_not_overflow(kata):
    """Scores ±1000 (one-hot weights): the gradients are finite; a saturated softmax passes no gradient to q."""
    q = np.array([[2000.0, 0.0, 0.0, 0.0], [-2000.0, 0.0, 0.0, 0.0]])
    d_output = np.array([[0.7, 0.1], [0.3, 0.9]])
    # row 0: P = (1, 0); row 1: scores (−1000, 0), P = (0, 1); dS = 0 in both rows
    zeros_q = np.zeros((2, 4))
    dv = np.array([[0.7, 0.1], [0.3, 0.9]])
    kata.check("attention_backward", q, K2, V2, d_output, expected=(zeros_q, np.zeros((2, 4)), dv))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes with batch and head axes, Tq ≠ Tk, with and without causal and random masks."""
    arg_sets = []
    for lead, tq, tk, d, dv_width in (((), 3, 5, 4, 2), ((2,), 4, 4, 3, 5), ((2, 2), 5, 3, 2, 3)):
        q = rng.normal(size=lead + (tq, d))
        k = rng.normal(size=lead + (tk, d))
        v = rng.normal(size=lead + (tk, dv_width))
        d_output = rng.normal(size=lead + (tq, dv_width))
        arg_sets.append(((q, k, v, d_output), {}))
        mask = rng.random(lead + (tq, tk)) < 0.6
        arg_sets.append(((q, k, v, d_output, mask), {}))
    causal = np.tril(np.ones((4, 4), dtype=bool))
    q, k, v, d_output = (rng.normal(size=(2, 1, 4, 3)) for _ in range(4))
    arg_sets.append(((q, k, v, d_output, causal), {}))
    kata.check_each("attention_backward", arg_sets)


def test_gradients_match_finite_differences(kata, rng):
    """dq, dk and dv equal central differences of L = Σ O ⊙ dO (masked, one fully masked row, Tq ≠ Tk)."""
    q = rng.normal(size=(2, 3, 4))
    k = rng.normal(size=(2, 5, 4))
    v = rng.normal(size=(2, 5, 2))
    d_output = rng.normal(size=(2, 3, 2))
    mask = rng.random((2, 3, 5)) < 0.6
    mask[0, 1] = False                                            # one fully masked row
    mask[1, :, 0] = True
    got = kata.call("attention_backward", q, k, v, d_output, mask).value
    for name, mine, numeric in zip(("dq", "dk", "dv"), got, _finite_differences(q, k, v, d_output, mask)):
        require(np.allclose(mine, numeric, rtol=1e-5, atol=1e-7),
                f"{name} differs from finite differences of L = Σ O ⊙ dO "
                f"(largest gap {np.max(np.abs(mine - numeric)):.3g})")


def test_broadcast_mask_shape(kata, rng):
    """A (Tq, Tk) mask broadcasts over the batch and head axes; an (N, 1, Tq, Tk) one over the heads."""
    q, k, v, d_output = (rng.normal(size=(2, 2, 3, 3)) for _ in range(4))
    kata.check("attention_backward", q, k, v, d_output, np.tril(np.ones((3, 3), dtype=bool)))
    mask = np.ones((2, 1, 3, 3), dtype=bool)
    mask[1, 0, :, 2] = False
    kata.check("attention_backward", q, k, v, d_output, mask)
