"""Hidden tests for recsys/mf_sgd: mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs)."""
import numpy as np

from grader.testing import require

HAND = dict(P0=np.array([[1.0, 0.0], [0.0, 1.0]]), Q0=np.array([[1.0, 1.0]]), learning_rate=0.1, reg=0.5)


def test_two_steps_by_hand(kata):
    """μ = 4.25; step 1: e = 0.25; step 2: e = 3 − 5.225 = −2.225; P, Q from the old rows, biases regularised."""
    # step 1 (u 0): b_u0 = b_i0 = 0.025, P0 = [0.975, 0.025], Q0 = [0.975, 0.95]
    # step 2 (u 1): pred = 4.25 + 0 + 0.025 + 0.95; b_u1 = −0.2225; b_i0 = 0.025 + 0.1(−2.225 − 0.0125) = −0.19875
    #   P1 = [0, 1] + 0.1(−2.225·[0.975, 0.95] − 0.5·[0, 1]) = [−0.2169375, 0.738625]
    #   Q0 = [0.975, 0.95] + 0.1(−2.225·[0, 1] − 0.5·[0.975, 0.95]) = [0.92625, 0.68]
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([5.5, 3.0]), n_epochs=1, **HAND,
               expected=(4.25, np.array([0.025, -0.2225]), np.array([-0.19875]),
                         np.array([[0.975, 0.025], [-0.2169375, 0.738625]]), np.array([[0.92625, 0.68]])))


def test_one_step_simultaneous_update_by_hand(kata):
    """One rating 2 with P0 = [[2]], Q0 = [[3]], lr 0.1, reg 0: e = 2 − (2 + 6) = −6, P = 2 − 1.8, Q = 3 − 1.2 (old P)."""
    # μ = 2; b_u = b_i = −0.6; P = 2 + 0.1(−6·3) = 0.2; Q = 3 + 0.1(−6·2) = 1.8 (sequential would use P = 0.2: 2.88)
    kata.check("mf_sgd", np.array([0]), np.array([0]), np.array([2.0]), P0=np.array([[2.0]]), Q0=np.array([[3.0]]),
               learning_rate=0.1, reg=0.0, n_epochs=1,
               expected=(2.0, np.array([-0.6]), np.array([-0.6]), np.array([[0.2]]), np.array([[1.8]])))


def test_order_is_the_given_order_by_hand(kata):
    """The same two ratings in the other order (3 first) give a different fit: the order is the given one."""
    # step 1 (u 1): e = 3 − (4.25 + 1) = −2.25; b_u1 = b_i0 = −0.225; P1 = [0, 1] + 0.1(−2.25·[1, 1] − 0.5·[0, 1])
    #   = [−0.225, 0.725]; Q0 = [1, 1] + 0.1(−2.25·[0, 1] − 0.5·[1, 1]) = [0.95, 0.725]
    # step 2 (u 0): pred = 4.25 + 0 − 0.225 + 0.95 = 4.975; e = 0.525; b_u0 = 0.0525;
    #   b_i0 = −0.225 + 0.1(0.525 + 0.1125) = −0.16125; P0 = [1, 0] + 0.1(0.525·[0.95, 0.725] − 0.5·[1, 0])
    #   = [0.999875, 0.0380625]; Q0 = [0.95, 0.725] + 0.1(0.525·[1, 0] − 0.5·[0.95, 0.725]) = [0.955, 0.68875]
    kata.check("mf_sgd", np.array([1, 0]), np.array([0, 0]), np.array([3.0, 5.5]), n_epochs=1, **HAND,
               expected=(4.25, np.array([0.0525, -0.225]), np.array([-0.16125]),
                         np.array([[0.999875, 0.0380625], [-0.225, 0.725]]), np.array([[0.955, 0.68875]])))


def test_mu_is_fixed_over_epochs(kata, rng):
    """μ is the mean of the ratings (0.7, 0.1, 0.4 → 0.4) after 5 epochs too: it is never updated."""
    result = kata.check("mf_sgd", np.array([0, 1, 1]), np.array([1, 0, 1]), np.array([0.7, 0.1, 0.4]),
                        P0=rng.normal(0, 0.1, (2, 2)), Q0=rng.normal(0, 0.1, (2, 2)),
                        learning_rate=0.05, reg=0.02, n_epochs=5)
    require(abs(result.value[0] - 0.4) < 1e-12, f"{result.shown}: mu should be 0.4, got {result.value[0]!r}")


def test_zero_epochs(kata):
    """n_epochs = 0: μ, zero biases and copies of P0 and Q0."""
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([5.5, 3.0]), n_epochs=0, **HAND,
               expected=(4.25, np.zeros(2), np.zeros(1), HAND["P0"], HAND["Q0"]))


def test_user_and_item_without_ratings_stay_put(kata, rng):
    """User 2 and item 3 have no ratings: b_user[2] = b_item[3] = 0, P[2] = P0[2] and Q[3] = Q0[3] (no decay)."""
    P0, Q0 = rng.normal(0, 0.3, (3, 2)), rng.normal(0, 0.3, (4, 2))
    result = kata.check("mf_sgd", np.array([0, 1, 0, 1]), np.array([0, 1, 2, 2]), np.array([4.0, 2.0, 3.0, 5.0]),
                        P0=P0, Q0=Q0, learning_rate=0.1, reg=0.3, n_epochs=3)
    _, b_user, b_item, P, Q = result.value
    require(b_user[2] == 0.0 and b_item[3] == 0.0 and np.array_equal(P[2], P0[2]) and np.array_equal(Q[3], Q0[3]),
            f"{result.shown}: user 2 and item 3 have no ratings, so their biases must stay 0 and their factors "
            f"P0[2], Q0[3]; got b_user[2] = {b_user[2]!r}, b_item[3] = {b_item[3]!r}, P[2] = {P[2]}, Q[3] = {Q[3]}")


def test_reg_zero_by_hand(kata):
    """reg = 0 on the two-rating case: b_item after step 2 is 0.025 − 0.2225 = −0.1975, with no shrinkage."""
    # step 1 as before without reg: P0 = [1, 0] + 0.1·0.25·[1, 1] = [1.025, 0.025]; Q0 = [1.025, 1]
    # step 2: pred = 4.25 + 0.025 + 1 = 5.275, e = −2.275; b_u1 = −0.2275; b_i0 = 0.025 − 0.2275 = −0.2025
    #   P1 = [0, 1] − 0.2275·[1.025, 1] = [−0.2331875, 0.7725]; Q0 = [1.025, 1] − 0.2275·[0, 1] = [1.025, 0.7725]
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([5.5, 3.0]),
               P0=HAND["P0"], Q0=HAND["Q0"], learning_rate=0.1, reg=0.0, n_epochs=1,
               expected=(4.25, np.array([0.025, -0.2275]), np.array([-0.2025]),
                         np.array([[1.025, 0.025], [-0.2331875, 0.7725]]), np.array([[1.025, 0.7725]])))


def test_biases_only_with_zero_factors(kata):
    """k = 0 (P0 of shape (2, 0)): a biases-only model; ratings 4, 2 on one item give μ = 3 and e = ±1 first."""
    # step 1: e = 1, b_u0 = 0.1, b_i0 = 0.1; step 2: e = 2 − (3 + 0 + 0.1) = −1.1, b_u1 = −0.11, b_i0 = 0.1 − 0.11 = −0.01
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([4.0, 2.0]),
               P0=np.zeros((2, 0)), Q0=np.zeros((1, 0)), learning_rate=0.1, reg=0.0, n_epochs=1,
               expected=(3.0, np.array([0.1, -0.11]), np.array([-0.01]), np.zeros((2, 0)), np.zeros((1, 0))))


def _problem(rng, m_max=60):
    n_users, n_items, k = int(rng.integers(1, 13)), int(rng.integers(1, 13)), int(rng.integers(1, 5))
    m = int(rng.integers(1, m_max + 1))
    return (rng.integers(0, n_users, m), rng.integers(0, n_items, m), np.round(rng.uniform(1, 5, m), 1),
            rng.normal(0, 0.1, (n_users, k)), rng.normal(0, 0.1, (n_items, k)))


def test_matches_reference_on_random_ratings(kata, rng):
    """Random ratings 1.0 … 5.0 (repeated pairs allowed), 1 to 10 epochs, lr 0.005 … 0.05, reg 0 … 0.1."""
    arg_sets = []
    for _ in range(8):
        users, items, ratings, P0, Q0 = _problem(rng)
        arg_sets.append(((users, items, ratings),
                         {"P0": P0, "Q0": Q0, "learning_rate": float(rng.uniform(0.005, 0.05)),
                          "reg": float(rng.choice([0.0, 0.02, 0.1])), "n_epochs": int(rng.integers(1, 11))}))
    kata.check_each("mf_sgd", arg_sets)


def test_integer_ratings_give_floats(kata):
    """Ratings as ints (5, 3) and integer factors: μ is a float and every array float64."""
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([5, 3]), P0=np.array([[1, 0], [0, 1]]),
               Q0=np.array([[1, 1]]), learning_rate=0.1, reg=0.5, n_epochs=1)


def test_integer_ratings_with_a_fractional_mean_by_hand(kata):
    """Int ratings (5, 4): μ = 4.5, not 9 // 2 = 4; one epoch from P0 = I, Q0 = [[1, 1]], lr 0.1, reg 0.5 by hand."""
    # Step 0 (r = 5): e = 5 − (4.5 + [1, 0]·[1, 1]) = −0.5; b_user[0] = b_item[0] = 0.1·(−0.5) = −0.05;
    #   P[0] = [1, 0] + 0.1·(−0.5·[1, 1] − 0.5·[1, 0]) = [0.9, −0.05], Q[0] = [1, 1] + 0.1·(−0.5·[1, 0] − 0.5·[1, 1]) = [0.9, 0.95].
    # Step 1 (r = 4): e = 4 − (4.5 − 0.05 + [0, 1]·[0.9, 0.95]) = −1.4; b_user[1] = −0.14;
    #   b_item[0] = −0.05 + 0.1·(−1.4 + 0.025) = −0.1875; P[1] = [0, 1] + 0.1·(−1.4·[0.9, 0.95] − 0.5·[0, 1]) = [−0.126, 0.817];
    #   Q[0] = [0.9, 0.95] + 0.1·(−1.4·[0, 1] − 0.5·[0.9, 0.95]) = [0.855, 0.7625].
    kata.check("mf_sgd", np.array([0, 1]), np.array([0, 0]), np.array([5, 4]), P0=np.array([[1, 0], [0, 1]]),
               Q0=np.array([[1, 1]]), learning_rate=0.1, reg=0.5, n_epochs=1,
               expected=(4.5, np.array([-0.05, -0.14]), np.array([-0.1875]),
                         np.array([[0.9, -0.05], [-0.126, 0.817]]), np.array([[0.855, 0.7625]])))


def test_large_offsets_both_signs(kata, rng):
    """Ratings near +1000 and near −1000: μ absorbs the offset, the fit is the reference's."""
    users, items, ratings, P0, Q0 = _problem(rng, 30)
    kata.check("mf_sgd", users, items, ratings + 1000.0, P0=P0, Q0=Q0, learning_rate=0.02, reg=0.05, n_epochs=4)
    kata.check("mf_sgd", users, items, ratings - 1000.0, P0=P0, Q0=Q0, learning_rate=0.02, reg=0.05, n_epochs=4)


def test_training_lowers_the_error(kata):
    """On a fixed problem (60 ratings, 8 users, 6 items), 10 epochs at lr 0.05 lower the training RMSE below that of μ alone."""
    fixed = np.random.default_rng(2024)
    users, items = fixed.integers(0, 8, 60), fixed.integers(0, 6, 60)
    ratings = np.round(fixed.uniform(1, 5, 60), 1)
    P0, Q0 = fixed.normal(0, 0.1, (8, 3)), fixed.normal(0, 0.1, (6, 3))
    mu, b_user, b_item, P, Q = kata.call("mf_sgd", users, items, ratings, P0=P0, Q0=Q0, learning_rate=0.05,
                                         reg=0.01, n_epochs=10).value
    fitted = mu + b_user[users] + b_item[items] + np.sum(P[users] * Q[items], axis=1)
    before, after = np.sqrt(np.mean((ratings - ratings.mean()) ** 2)), np.sqrt(np.mean((ratings - fitted) ** 2))
    require(after < before or before == 0,
            f"after 10 epochs the training RMSE is {after:.4g}, not below the {before:.4g} of predicting μ")


def test_invalid_arguments_raise(kata):
    """ValueError for no ratings, lengths that differ, an index out of range (n and −1), k mismatch, lr ≤ 0, reg < 0, n_epochs < 0."""
    u, i, r = np.array([0, 1]), np.array([0, 0]), np.array([5.5, 3.0])
    P0, Q0 = HAND["P0"], HAND["Q0"]
    ok = dict(P0=P0, Q0=Q0, learning_rate=0.1, reg=0.5, n_epochs=1)
    kata.raises_each([
        ("ValueError", "mf_sgd", (np.zeros(0, dtype=int), np.zeros(0, dtype=int), np.zeros(0)), {**ok}),
        ("ValueError", "mf_sgd", (u, i, np.array([5.5])), {**ok}),
        ("ValueError", "mf_sgd", (np.array([0, 2]), i, r), {**ok}),
        ("ValueError", "mf_sgd", (u, np.array([0, -1]), r), {**ok}),
        ("ValueError", "mf_sgd", (np.array([-1, 0]), i, r), {**ok}),
        ("ValueError", "mf_sgd", (u, i, r), {"P0": P0, "Q0": np.array([[1.0, 1.0, 1.0]]), "learning_rate": 0.1, "reg": 0.5, "n_epochs": 1}),
        ("ValueError", "mf_sgd", (u, i, r), {"P0": P0, "Q0": Q0, "learning_rate": 0.0, "reg": 0.5, "n_epochs": 1}),
        ("ValueError", "mf_sgd", (u, i, r), {"P0": P0, "Q0": Q0, "learning_rate": 0.1, "reg": -1e-12, "n_epochs": 1}),
        ("ValueError", "mf_sgd", (u, i, r), {"P0": P0, "Q0": Q0, "learning_rate": 0.1, "reg": 0.5, "n_epochs": -1}),
    ])
