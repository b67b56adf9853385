"""Hidden tests for recsys/bpr: bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg)."""
import math

import numpy as np

from grader.testing import require

P1 = np.array([[1.0, 2.0]])
Q3 = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
S1 = 1 / (1 + math.exp(-1))          # σ(1) = σ(−x) for x = −1


def _ints(*values):
    return np.array(values, dtype=np.int64)


def test_one_triple_by_hand(kata):
    """x = 1 − 2 = −1: loss = log(1 + e), grad_P = −σ(1)·(Q[0] − Q[1]), grad_Q[0] = −σ(1)·P[0], grad_Q[1] = +σ(1)·P[0]."""
    kata.check("bpr_loss_and_grads", P1, Q3, _ints(0), _ints(0), _ints(1), reg=0.0,
               expected=(math.log(1 + math.e), np.array([[-S1, S1]]),
                         np.array([[-S1, -2 * S1], [S1, 2 * S1], [0.0, 0.0]])))


def test_penalty_on_every_row_by_hand(kata):
    """reg 0.1 adds 0.05·(‖P‖² + ‖Q‖²) = 0.05·7.5 to the loss and 0.1·P, 0.1·Q to the gradients (Q[2] too)."""
    kata.check("bpr_loss_and_grads", P1, Q3, _ints(0), _ints(0), _ints(1), reg=0.1,
               expected=(math.log(1 + math.e) + 0.375, np.array([[-S1 + 0.1, S1 + 0.2]]),
                         np.array([[-S1 + 0.1, -2 * S1], [S1, 2 * S1 + 0.1], [0.05, 0.05]])))


def test_batch_mean_by_hand(kata):
    """Two triples (x = −1 and x = 1 − 1.5 = −0.5) for one user: the loss and gradients are their MEAN."""
    # triple 2: (0, 0, 2): x = 1 − 1.5 = −0.5, −log σ(−0.5) = log(1 + e^0.5), weight σ(0.5)
    s2 = 1 / (1 + math.exp(-0.5))
    loss = (math.log(1 + math.e) + math.log(1 + math.exp(0.5))) / 2
    grad_P = np.array([[-S1 * 1 - s2 * 0.5, S1 * 1 + s2 * 0.5]]) / 2        # Q0 − Q1 = [1, −1], Q0 − Q2 = [0.5, −0.5]
    grad_Q = np.array([[-(S1 + s2), -2 * (S1 + s2)], [S1, 2 * S1], [s2, 2 * s2]]) / 2
    kata.check("bpr_loss_and_grads", P1, Q3, _ints(0, 0), _ints(0, 0), _ints(1, 2), reg=0.0,
               expected=(loss, grad_P, grad_Q))


def test_repeated_triple_accumulates(kata):
    """The same triple twice is the mean of two equal terms: the same loss and gradients as once (rows accumulate)."""
    kata.check("bpr_loss_and_grads", P1, Q3, _ints(0, 0), _ints(0, 0), _ints(1, 1), reg=0.0,
               expected=(math.log(1 + math.e), np.array([[-S1, S1]]),
                         np.array([[-S1, -2 * S1], [S1, 2 * S1], [0.0, 0.0]])))


def test_positive_equals_negative(kata):
    """i = j: x = 0, the loss is log 2 and grad_Q gets nothing (the two contributions cancel)."""
    P = np.array([[0.7, -0.1]])
    kata.check("bpr_loss_and_grads", P, Q3, _ints(0), _ints(2), _ints(2), reg=0.0,
               expected=(math.log(2.0), np.zeros((1, 2)), np.zeros((3, 2))))


def test_huge_margins_are_stable(kata):
    """x = +800 gives loss 0 and zero gradients; x = −800 gives loss 800 and weight 1: no inf, no NaN."""
    P = np.array([[20.0, 20.0]])
    Q = np.array([[20.0, 0.0], [0.0, -20.0]])        # P·Q0 = 400, P·Q1 = −400
    kata.check("bpr_loss_and_grads", P, Q, _ints(0), _ints(0), _ints(1), reg=0.0,
               expected=(0.0, np.zeros((1, 2)), np.zeros((2, 2))))
    # x = −800: the gradient is −1·(Q1 − Q0) = [20, 20] for P, −P for Q1 (the positive) and +P for Q0
    kata.check("bpr_loss_and_grads", P, Q, _ints(0), _ints(1), _ints(0), reg=0.0,
               expected=(800.0, np.array([[20.0, 20.0]]), np.array([[20.0, 20.0], [-20.0, -20.0]])))


def test_users_and_items_outside_the_batch(kata):
    """Rows no triple touches get only the penalty: reg·P[1] and reg·Q[2] (here 0.3·[0.7, −0.4] and 0.3·[0.5, 0.5])."""
    P = np.array([[1.0, 2.0], [0.7, -0.4]])
    result = kata.check("bpr_loss_and_grads", P, Q3, _ints(0), _ints(0), _ints(1), reg=0.3)
    _, grad_P, grad_Q = result.value
    require(np.allclose(grad_P[1], [0.21, -0.12]) and np.allclose(grad_Q[2], [0.15, 0.15]),
            f"{result.shown}: rows outside the batch should get reg·row only, got {grad_P[1]} and {grad_Q[2]}")


def _problem(rng):
    n_users, n_items, k, B = int(rng.integers(1, 21)), int(rng.integers(1, 21)), int(rng.integers(1, 7)), int(rng.integers(1, 41))
    return (rng.normal(0, 1, (n_users, k)), rng.normal(0, 1, (n_items, k)), rng.integers(0, n_users, B),
            rng.integers(0, n_items, B), rng.integers(0, n_items, B))


def test_matches_reference_on_random_batches(kata, rng):
    """Random factors, batches with repeated users and items (B ≤ 40), reg 0, 0.01 or 0.7."""
    arg_sets = []
    for _ in range(10):
        P, Q, u, i, j = _problem(rng)
        arg_sets.append(((P, Q, u, i, j), {"reg": float(rng.choice([0.0, 0.01, 0.7]))}))
    kata.check_each("bpr_loss_and_grads", arg_sets)


def test_large_scores_of_both_signs(kata, rng):
    """Factors × 15: scores in the hundreds, both signs; the loss and gradients stay finite and exact."""
    P, Q, u, i, j = _problem(rng)
    kata.check("bpr_loss_and_grads", 15 * P, 15 * Q, u, i, j, reg=0.0)


def test_gradients_match_finite_differences(kata, rng):
    """Your gradients agree with central differences of your own loss (h = 1e-6) on a 2-user, 3-item, k = 2 problem."""
    P, Q = rng.normal(0, 1, (2, 2)), rng.normal(0, 1, (3, 2))
    u, i, j = _ints(0, 1, 1, 0), _ints(0, 2, 1, 0), _ints(1, 0, 2, 2)
    h = 1e-6
    arg_sets = [((P, Q, u, i, j), {"reg": 0.2})]
    for name, M in (("P", P), ("Q", Q)):
        for idx in np.ndindex(M.shape):
            plus, minus = M.copy(), M.copy()
            plus[idx] += h
            minus[idx] -= h
            args_plus = (plus, Q) if name == "P" else (P, plus)
            args_minus = (minus, Q) if name == "P" else (P, minus)
            arg_sets += [((*args_plus, u, i, j), {"reg": 0.2}), ((*args_minus, u, i, j), {"reg": 0.2})]
    results = kata.calls("bpr_loss_and_grads", arg_sets)
    _, grad_P, grad_Q = results[0].value
    losses = iter([r.value[0] for r in results[1:]])
    for name, M, grad in (("P", P, grad_P), ("Q", Q, grad_Q)):
        for idx in np.ndindex(M.shape):
            f_plus, f_minus = next(losses), next(losses)
            numeric = (f_plus - f_minus) / (2 * h)
            require(abs(numeric - grad[idx]) < 1e-5 * max(1.0, abs(numeric)),
                    f"grad_{name}{list(idx)} is {grad[idx]:.8g} but central differences of your loss give {numeric:.8g}")


def test_integer_factors_give_floats(kata):
    """Integer P and Q: the loss is a float and the gradients float64."""
    kata.check("bpr_loss_and_grads", np.array([[1, 2]]), np.array([[1, 0], [0, 1]]), _ints(0), _ints(0), _ints(1),
               reg=0.0, expected=(math.log(1 + math.e), np.array([[-S1, S1]]), np.array([[-S1, -2 * S1], [S1, 2 * S1]])))


def test_invalid_arguments_raise(kata):
    """ValueError for an empty batch, lengths that differ, an index out of range (n, and −1 for users, positives and negatives), k mismatch and reg < 0."""
    kata.raises_each([
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(), _ints(), _ints()), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(0, 0), _ints(0), _ints(1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(1), _ints(0), _ints(1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(0), _ints(0), _ints(3)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(0), _ints(-1), _ints(1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(0), _ints(0), _ints(-1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(-1), _ints(0), _ints(1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, np.ones((3, 3)), _ints(0), _ints(0), _ints(1)), {"reg": 0.0}),
        ("ValueError", "bpr_loss_and_grads", (P1, Q3, _ints(0), _ints(0), _ints(1)), {"reg": -1e-12}),
    ])
