"""Hidden tests for recsys/two_tower_logq: in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature)."""
import math

import numpy as np

from grader.testing import require

U2, V2 = np.array([[1.0], [2.0]]), np.array([[1.0], [-1.0]])
IDS2 = np.array([10, 11])


def _two_rows(r0, r1, temperature):
    """Loss and gradients for the 1-D two-row batch U2, V2 when row a's softmax weight on the
    other column is r_a (so S = [[1 − r0, r0], [r1, 1 − r1]])."""
    S_minus_I = np.array([[-r0, r0], [r1, -r1]])
    scale = temperature * 2
    return S_minus_I @ V2 / scale, S_minus_I.T @ U2 / scale


def test_plain_in_batch_softmax_by_hand(kata):
    """log_q = 0, temperature 1: logits [[1, −1], [2, −2]], labels on the diagonal: loss = (log(1+e^−2) + log(1+e^4)) / 2."""
    r0, r1 = 1 / (1 + math.exp(2)), 1 / (1 + math.exp(-4))      # weight on the off-diagonal column
    grad_U, grad_V = _two_rows(r0, r1, 1.0)
    kata.check("in_batch_softmax_loss", U2, V2, IDS2, np.zeros(2), temperature=1.0,
               expected=((math.log1p(math.exp(-2)) + math.log1p(math.exp(4))) / 2, grad_U, grad_V))


def test_logq_correction_on_every_column_by_hand(kata):
    """log_q = [log 0.5, log 0.1]: logits − log q; row 0's off-diagonal gap is e^−2·(0.5/0.1), row 1's e^4·(0.1/0.5)."""
    # row 0: l00 = 1 − ln 0.5, l01 = −1 − ln 0.1 → e^(l01 − l00) = 5e^−2; row 1: e^(l10 − l11) = e^4 / 5
    a0, a1 = 5 * math.exp(-2), math.exp(4) / 5
    grad_U, grad_V = _two_rows(a0 / (1 + a0), a1 / (1 + a1), 1.0)
    kata.check("in_batch_softmax_loss", U2, V2, IDS2, np.log([0.5, 0.1]), temperature=1.0,
               expected=((math.log1p(a0) + math.log1p(a1)) / 2, grad_U, grad_V))


def test_temperature_divides_the_scores_by_hand(kata):
    """temperature 0.7: logits are u·v / 0.7; loss = (log(1 + e^(−2/0.7)) + log(1 + e^(4/0.7))) / 2, gradients / 0.7."""
    a0, a1 = math.exp(-2 / 0.7), math.exp(4 / 0.7)
    grad_U, grad_V = _two_rows(a0 / (1 + a0), a1 / (1 + a1), 0.7)
    kata.check("in_batch_softmax_loss", U2, V2, IDS2, np.zeros(2), temperature=0.7,
               expected=((math.log1p(a0) + math.log1p(a1)) / 2, grad_U, grad_V))


def test_duplicate_items_are_removed_by_hand(kata):
    """ids [7, 3, 7]: row 0 drops column 2 and row 2 drops column 0 (same item); row 1 keeps all three."""
    U = np.array([[1.0], [0.5], [-1.0]])
    V = np.array([[1.0], [2.0], [0.3]])
    # row 0: logits [1, 2, −] → log(1 + e); row 1: [0.5, 1, 0.15], label 1; row 2: [−, −2, −0.3] → log(1 + e^−1.7)
    row1 = -1 + math.log(math.exp(0.5) + math.exp(1) + math.exp(0.15))
    loss = (math.log1p(math.e) + row1 + math.log1p(math.exp(-1.7))) / 3
    S = np.array([[1 / (1 + math.e), math.e / (1 + math.e), 0.0],
                  np.exp([0.5, 1.0, 0.15]) / np.exp([0.5, 1.0, 0.15]).sum(),
                  [0.0, math.exp(-1.7) / (1 + math.exp(-1.7)), 1 / (1 + math.exp(-1.7))]])
    delta = (S - np.eye(3)) / 3
    kata.check("in_batch_softmax_loss", U, V, np.array([7, 3, 7]), np.zeros(3), temperature=1.0,
               expected=(loss, delta @ V, delta.T @ U))


def test_all_rows_the_same_item(kata):
    """ids [7, 7]: every other column is removed, each row keeps only its label: loss 0, gradients 0."""
    kata.check("in_batch_softmax_loss", U2, V2, np.array([7, 7]), np.log([0.5, 0.1]), temperature=1.0,
               expected=(0.0, np.zeros((2, 1)), np.zeros((2, 1))))


def test_batch_of_one(kata):
    """B = 1: the only column is the label: loss 0 and zero gradients, whatever log_q."""
    kata.check("in_batch_softmax_loss", np.array([[0.3, -0.7]]), np.array([[0.1, 0.9]]), np.array([4]),
               np.array([math.log(0.2)]), temperature=0.1, expected=(0.0, np.zeros((1, 2)), np.zeros((1, 2))))


def test_huge_logits_are_stable(kata):
    """Logits ±2000: ranked right gives loss 0 and zero gradients; ranked wrong gives loss 4000 and finite gradients."""
    U = np.array([[50.0], [-50.0]])
    kata.check("in_batch_softmax_loss", U, np.array([[40.0], [-40.0]]), IDS2, np.zeros(2), temperature=1.0,
               expected=(0.0, np.zeros((2, 1)), np.zeros((2, 1))))
    # S = [[0, 1], [1, 0]]: grad_U = (S − I) V / 2 = [[40], [−40]], grad_V = (S − I)ᵀ U / 2 = [[−50], [50]]
    kata.check("in_batch_softmax_loss", U, np.array([[-40.0], [40.0]]), IDS2, np.zeros(2), temperature=1.0,
               expected=(4000.0, np.array([[40.0], [-40.0]]), np.array([[-50.0], [50.0]])))


def _batch(rng):
    B, d = int(rng.integers(1, 17)), int(rng.integers(1, 9))
    ids = rng.integers(0, max(2, B), B)                # duplicates happen
    return (rng.normal(0, 1, (B, d)), rng.normal(0, 1, (B, d)), ids,
            np.log(rng.uniform(1e-4, 0.5, B)))


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches (B ≤ 16, d ≤ 8) with duplicate ids, log q in [log 1e-4, log 0.5], temperatures 0.05 … 2."""
    arg_sets = []
    for _ in range(10):
        U, V, ids, log_q = _batch(rng)
        arg_sets.append(((U, V, ids, log_q), {"temperature": float(rng.choice([0.05, 0.2, 1.0, 2.0]))}))
    kata.check_each("in_batch_softmax_loss", arg_sets)


def test_gradients_match_finite_differences(kata, rng):
    """Your gradients agree with central differences of your own loss (h = 1e-6) on B = 3, d = 2 with a duplicate."""
    U, V = rng.normal(0, 1, (3, 2)), rng.normal(0, 1, (3, 2))
    ids, log_q = np.array([5, 8, 5]), np.log([0.3, 0.05, 0.3])
    h = 1e-6
    arg_sets = [((U, V, ids, log_q), {"temperature": 0.5})]
    for name, M in (("U", U), ("V", V)):
        for idx in np.ndindex(M.shape):
            plus, minus = M.copy(), M.copy()
            plus[idx] += h
            minus[idx] -= h
            arg_sets += [(((X, V) if name == "U" else (U, X)) + (ids, log_q), {"temperature": 0.5})
                         for X in (plus, minus)]
    results = kata.calls("in_batch_softmax_loss", arg_sets)
    _, grad_U, grad_V = results[0].value
    losses = iter([r.value[0] for r in results[1:]])
    for name, M, grad in (("U", U, grad_U), ("V", V, grad_V)):
        for idx in np.ndindex(M.shape):
            f = [next(losses), next(losses)]
            numeric = (f[0] - f[1]) / (2 * h)
            require(abs(numeric - grad[idx]) < 1e-5 * max(1.0, abs(numeric)),
                    f"grad_{name}{list(idx)} is {grad[idx]:.8g} but central differences of your loss give {numeric:.8g}")


def test_a_constant_shift_of_log_q_changes_nothing(kata, rng):
    """Adding the same constant to every log q shifts every logit of a row alike: the loss and gradients stay."""
    U, V, ids, log_q = _batch(rng)
    first = kata.call("in_batch_softmax_loss", U, V, ids, log_q, temperature=0.3).value
    kata.check("in_batch_softmax_loss", U, V, ids, log_q - 3.7, temperature=0.3, expected=first)


def test_integer_inputs_give_floats(kata):
    """Integer U, V and log_q: the loss is a float and the gradients float64."""
    kata.check("in_batch_softmax_loss", np.array([[1], [2]]), np.array([[1], [-1]]), IDS2, np.array([0, 0]),
               temperature=1.0)


def test_invalid_arguments_raise(kata):
    """ValueError for U and V of different shapes, an empty batch, item_ids or log_q of the wrong length (length 1 too), temperature ≤ 0."""
    kata.raises_each([
        ("ValueError", "in_batch_softmax_loss", (U2, np.ones((2, 2)), IDS2, np.zeros(2)), {"temperature": 1.0}),
        ("ValueError", "in_batch_softmax_loss", (np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, dtype=int), np.zeros(0)), {"temperature": 1.0}),
        ("ValueError", "in_batch_softmax_loss", (U2, V2, np.array([10]), np.zeros(2)), {"temperature": 1.0}),
        ("ValueError", "in_batch_softmax_loss", (U2, V2, IDS2, np.zeros(3)), {"temperature": 1.0}),
        # a length-1 log_q would broadcast against B = 2 (and give the log_q = 0 answer)
        ("ValueError", "in_batch_softmax_loss", (U2, V2, IDS2, np.zeros(1)), {"temperature": 1.0}),
        ("ValueError", "in_batch_softmax_loss", (U2, V2, IDS2, np.zeros(2)), {"temperature": 0.0}),
        ("ValueError", "in_batch_softmax_loss", (U2, V2, IDS2, np.zeros(2)), {"temperature": -0.5}),
    ])
