"""Hidden tests for recsys/als: als_row_update(Q, r, observed, *, reg) and als(R, observed, Q0, *, reg, n_sweeps)."""
import numpy as np

from grader.testing import require

Q3 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])


def test_row_update_skips_unobserved_by_hand(kata):
    """r = [2, 0.7, 99] with entry 2 unobserved, reg 1: Q_O = I so p = [2, 0.7] / 2 = [1, 0.35]."""
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, 99.0]), np.array([True, True, False]), reg=1.0,
               expected=np.array([1.0, 0.35]))


def test_row_update_all_observed_by_hand(kata):
    """All observed, r = [2, 0.7, 3], reg 1: [[3, 1], [1, 3]] p = [5, 3.7] gives p = [1.4125, 0.7625]."""
    # inverse = [[3, −1], [−1, 3]] / 8: p = [(15 − 3.7)/8, (−5 + 11.1)/8]
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, 3.0]), np.array([True, True, True]), reg=1.0,
               expected=np.array([1.4125, 0.7625]))


def test_row_update_reg_is_not_scaled_by_count_by_hand(kata):
    """One 1-D factor, observed q = 1, 2, 2 with r = 1, 1, 3, reg 0.7: p = (1 + 2 + 6) / (1 + 4 + 4 + 0.7) = 9 / 9.7."""
    kata.check("als_row_update", np.array([[1.0], [2.0], [2.0]]), np.array([1.0, 1.0, 3.0]),
               np.array([True, True, True]), reg=0.7, expected=np.array([9 / 9.7]))


def test_row_update_reg_zero_is_least_squares_by_hand(kata):
    """reg = 0: Q_O = [[1, 0], [1, 1]] (rows 0, 2) and r_O = [2, 3] are solved exactly: p = [2, 1]."""
    kata.check("als_row_update", Q3, np.array([2.0, -5.0, 3.0]), np.array([True, False, True]), reg=0.0,
               expected=np.array([2.0, 1.0]))


def test_row_with_no_observed_entry(kata):
    """No observed entry gives p = 0, with reg = 1 and with reg = 0 (no singular solve)."""
    none = np.array([False, False, False])
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, 3.0]), none, reg=1.0, expected=np.zeros(2))
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, 3.0]), none, reg=0.0, expected=np.zeros(2))


def test_unobserved_nan_is_ignored(kata):
    """r = [2, 0.7, NaN] with the NaN unobserved gives the same p = [1, 0.35]: NaN · 0 is NaN, so index, do not multiply."""
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, np.nan]), np.array([True, True, False]), reg=1.0,
               expected=np.array([1.0, 0.35]))


def test_one_sweep_by_hand(kata):
    """k = 1, Q0 = [[1], [2]], R = [[1, 2], [3, ·]], reg 1: P = [5/6, 3/2], then Q from the NEW P = [96/71, 60/61]."""
    # user 0: (1 + 4 + 1) p = 1 + 4; user 1: (1 + 1) p = 3
    # item 0: (25/36 + 9/4 + 1) q = 5/6 + 9/2 → q = (16/3)/(142/36) = 96/71; item 1: (25/36 + 1) q = 5/3 → 60/61
    R = np.array([[1.0, 2.0], [3.0, 0.0]])
    observed = np.array([[True, True], [True, False]])
    kata.check("als", R, observed, np.array([[1.0], [2.0]]), reg=1.0, n_sweeps=1,
               expected=(np.array([[5 / 6], [1.5]]), np.array([[96 / 71], [60 / 61]])))


def test_two_sweeps_by_hand(kata):
    """The second sweep starts from Q = [96/71, 60/61]: user 1's row is 3·q0 / (q0² + 1)."""
    R = np.array([[1.0, 2.0], [3.0, 0.0]])
    observed = np.array([[True, True], [True, False]])
    q0, q1 = 96 / 71, 60 / 61
    p0, p1 = (q0 + 2 * q1) / (q0 * q0 + q1 * q1 + 1), 3 * q0 / (q0 * q0 + 1)
    Q = np.array([[(p0 + 3 * p1) / (p0 * p0 + p1 * p1 + 1)], [2 * p0 / (p0 * p0 + 1)]])
    kata.check("als", R, observed, np.array([[1.0], [2.0]]), reg=1.0, n_sweeps=2,
               expected=(np.array([[p0], [p1]]), Q))


def test_user_and_item_without_ratings_get_zero_rows(kata, rng):
    """User 1 and item 2 have no observed entry (their R entries are 50): both rows are 0 after a sweep."""
    R = rng.uniform(1, 5, (3, 4))
    R[1, :] = 50.0
    R[:, 2] = 50.0
    observed = np.ones((3, 4), dtype=bool)
    observed[1, :] = False
    observed[:, 2] = False
    P, Q = kata.check("als", R, observed, rng.normal(0, 0.5, (4, 2)), reg=0.3, n_sweeps=2).value
    require(np.all(P[1] == 0) and np.all(Q[2] == 0),
            f"als: user 1 and item 2 have no observed entry, so P[1] and Q[2] must be 0; got {P[1]} and {Q[2]}")


def test_row_update_matches_reference_on_random_rows(kata, rng):
    """Random Q (n ≤ 15, k ≤ 5) and masks, reg 0.01 … 10; unobserved entries hold large junk."""
    arg_sets = []
    for _ in range(8):
        n, k = int(rng.integers(1, 16)), int(rng.integers(1, 6))
        observed = rng.random(n) < 0.6
        r = np.where(observed, rng.uniform(1, 5, n), rng.uniform(-1e6, 1e6, n))
        arg_sets.append(((rng.standard_normal((n, k)), r, observed), {"reg": float(10 ** rng.uniform(-2, 1))}))
    kata.check_each("als_row_update", arg_sets)


def test_als_matches_reference_on_random_matrices(kata, rng):
    """Random 2 … 15 × 2 … 15 matrices, 30–90 % observed (junk elsewhere), k ≤ 5, 1 … 6 sweeps."""
    for _ in range(5):
        n_users, n_items, k = int(rng.integers(2, 16)), int(rng.integers(2, 16)), int(rng.integers(1, 6))
        observed = rng.random((n_users, n_items)) < rng.uniform(0.3, 0.9)
        R = np.where(observed, np.round(rng.uniform(1, 5, (n_users, n_items)), 1), -7.0)
        kata.check("als", R, observed, rng.normal(0, 0.5, (n_items, k)), reg=float(rng.choice([0.05, 0.5, 3.0])),
                   n_sweeps=int(rng.integers(1, 7)))


def test_k_larger_than_observed_count(kata, rng):
    """k = 5 factors with only 3 items (2 observed per row), reg 0.5: the regularised system is still solvable."""
    observed = np.array([[True, True, False], [False, True, True], [True, False, True]])
    kata.check("als", rng.uniform(1, 5, (3, 3)), observed, rng.normal(0, 0.5, (3, 5)), reg=0.5, n_sweeps=3)


def test_integer_inputs_give_floats(kata):
    """Integer Q and r: p is float64 (Q_O = I, r_O = [2, 1], reg 1 → [1, 0.5])."""
    kata.check("als_row_update", np.array([[1, 0], [0, 1], [1, 1]]), np.array([2, 1, 9]),
               np.array([True, True, False]), reg=1.0, expected=np.array([1.0, 0.5]))


def test_huge_reg_shrinks_to_zero(kata):
    """reg = 1e12: p ≈ Q_Oᵀ r_O / reg = [5e-12, 3.7e-12]."""
    kata.check("als_row_update", Q3, np.array([2.0, 0.7, 3.0]), np.array([True, True, True]), reg=1e12,
               expected=np.array([5e-12, 3.7e-12]), rtol=1e-6, atol=1e-20)


def test_objective_never_increases(kata, rng):
    """Each half-sweep minimises the objective exactly, so it never rises from 1 to 4 sweeps."""
    n_users, n_items, k, reg = 8, 7, 2, 0.4
    observed = rng.random((n_users, n_items)) < 0.6
    R = rng.uniform(1, 5, (n_users, n_items))
    Q0 = rng.normal(0, 0.5, (n_items, k))
    losses = []
    for sweeps in range(1, 5):
        P, Q = kata.call("als", R, observed, Q0, reg=reg, n_sweeps=sweeps).value
        losses.append(float(np.sum(((R - P @ Q.T) ** 2)[observed]) + reg * (np.sum(P * P) + np.sum(Q * Q))))
    require(all(b <= a * (1 + 1e-9) for a, b in zip(losses, losses[1:])),
            f"als: the objective after 1, 2, 3, 4 sweeps should never rise, got {np.round(losses, 6)}")


def test_invalid_arguments_raise(kata):
    """ValueError for mismatched shapes, a non-boolean mask, reg < 0, n_sweeps = 0, a Q0 with the wrong rows or k = 0 columns."""
    obs3 = np.array([True, True, False])
    R, observed = np.array([[1.0, 2.0], [3.0, 0.0]]), np.array([[True, True], [True, False]])
    kata.raises_each([
        ("ValueError", "als_row_update", (Q3, np.array([2.0, 0.7]), obs3), {"reg": 1.0}),
        ("ValueError", "als_row_update", (Q3, np.array([2.0, 0.7, 3.0]), np.array([1, 1, 0])), {"reg": 1.0}),
        ("ValueError", "als_row_update", (Q3, np.array([2.0, 0.7, 3.0]), obs3), {"reg": -1e-12}),
        ("ValueError", "als", (R, observed, np.array([[1.0], [2.0]])), {"reg": 1.0, "n_sweeps": 0}),
        ("ValueError", "als", (R, observed, np.array([[1.0], [2.0]])), {"reg": -0.5, "n_sweeps": 1}),
        ("ValueError", "als", (R, observed[:, :1], np.array([[1.0], [2.0]])), {"reg": 1.0, "n_sweeps": 1}),
        ("ValueError", "als", (R, observed, np.array([[1.0], [2.0], [3.0]])), {"reg": 1.0, "n_sweeps": 1}),
        # Q0 with k = 0 factors: the statement asks for k ≥ 1
        ("ValueError", "als", (R, observed, np.zeros((2, 0))), {"reg": 1.0, "n_sweeps": 1}),
    ])
