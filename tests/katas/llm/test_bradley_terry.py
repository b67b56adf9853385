"""Hidden tests for llm/bradley_terry: bradley_terry_loss, bradley_terry_grad, preference_accuracy."""
import numpy as np

from grader.testing import require

LOG2 = 0.6931471805599453
CHOSEN = np.array([1.3, 0.2, -0.5])
REJECTED = np.array([0.3, 0.2, 1.5])       # differences 1, 0, −2


def _softplus(x):
    return float(np.log1p(np.exp(x)))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def test_loss_by_hand(kata):
    """Differences (1, 0, −2): loss = mean(log(1 + e^−1), log 2, log(1 + e^2)) = mean(0.31326, 0.69315, 2.12693) = 1.04445."""
    kata.check("bradley_terry_loss", CHOSEN, REJECTED,
               expected=(_softplus(-1.0) + LOG2 + _softplus(2.0)) / 3)


def test_equal_rewards_cost_log_two(kata):
    """r_chosen = r_rejected: σ(0) = ½ and the loss is log 2 whatever the rewards are; the gradient is ∓½/N."""
    kata.check("bradley_terry_loss", np.array([0.7, -3.1, 12.0, 0.1]), np.array([0.7, -3.1, 12.0, 0.1]), expected=LOG2)
    kata.check("bradley_terry_grad", np.array([0.7, 0.1]), np.array([0.7, 0.1]),
               expected=(np.array([-0.25, -0.25]), np.array([0.25, 0.25])))


def test_gradient_by_hand(kata):
    """∂loss/∂r_chosen[i] = −σ(−z_i)/3 for z = (1, 0, −2): −(0.26894, 0.5, 0.88080)/3; ∂/∂r_rejected is its negative."""
    d = -_sigmoid(-np.array([1.0, 0.0, -2.0])) / 3
    kata.check("bradley_terry_grad", CHOSEN, REJECTED, expected=(d, -d))


def test_margin_is_subtracted(kata):
    """margin 0.7: z = (0.3, −0.7, −2.7); a difference equal to the margin (1 − 1) costs log 2; an array margin is per pair."""
    z = np.array([1.0, 0.0, -2.0]) - 0.7
    kata.check("bradley_terry_loss", CHOSEN, REJECTED, 0.7, expected=float(np.mean(np.log1p(np.exp(-z)))))
    kata.check("bradley_terry_loss", CHOSEN, REJECTED, margin=np.array([1.0, 0.0, -2.0]), expected=LOG2)
    kata.check("bradley_terry_grad", CHOSEN, REJECTED, 0.7,
               expected=(-_sigmoid(-z) / 3, _sigmoid(-z) / 3))
    m = np.array([0.5, 0.1, 0.0])
    zm = np.array([0.5, -0.1, -2.0])
    kata.check("bradley_terry_grad", CHOSEN, REJECTED, m, expected=(-_sigmoid(-zm) / 3, _sigmoid(-zm) / 3))


def test_huge_differences_both_signs(kata):
    """Differences +1000 and −1000: the pairs cost 0 and exactly 1000, mean 500 (log(sigmoid) gives inf); gradient (−0, −½) and (0, ½)."""
    chosen, rejected = np.array([1000.0, -500.0]), np.array([0.0, 500.0])
    kata.check("bradley_terry_loss", chosen, rejected, expected=500.0)
    kata.check("bradley_terry_grad", chosen, rejected, expected=(np.array([0.0, -0.5]), np.array([0.0, 0.5])))
    kata.check("bradley_terry_loss", np.array([0.0]), np.array([0.0]), 1000.0, expected=1000.0)
    kata.check("bradley_terry_loss", np.array([-1000.0]), np.array([0.0]), -2000.0, expected=0.0)
    kata.check("bradley_terry_grad", np.array([0.0]), np.array([0.0]), -1000.0,
               expected=(np.array([0.0]), np.array([0.0])))


def test_accuracy_by_hand_ties_are_wrong(kata):
    """r_chosen > r_rejected strictly: (2 > 1 yes, 1 = 1 tie: wrong, 0.5 < 0.7 no, 0.1 > −0.1 yes) gives 2/4 = 0.5."""
    kata.check("preference_accuracy", np.array([2.0, 1.0, 0.5, 0.1]), np.array([1.0, 1.0, 0.7, -0.1]), expected=0.5)
    kata.check("preference_accuracy", np.array([0.3, 0.3, 0.3]), np.array([0.3, 0.3, 0.3]), expected=0.0)
    kata.check("preference_accuracy", np.array([0.3]), np.array([0.2]), expected=1.0)


def test_integer_rewards_and_lists(kata):
    """Integer rewards (lists): z = (1, −1): loss (log(1 + e^−1) + log(1 + e)) / 2 = 0.81326, float results."""
    kata.check("bradley_terry_loss", [2, 0], [1, 1], expected=(_softplus(-1.0) + _softplus(1.0)) / 2)
    d = -_sigmoid(-np.array([1.0, -1.0])) / 2          # −σ(−z)/N
    kata.check("bradley_terry_grad", [2, 0], [1, 1], expected=(d, -d))
    kata.check("preference_accuracy", [2, 0], [1, 1], expected=0.5)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random rewards (normal, scale 3), N = 1, 7, 50, with no margin, a scalar margin and an array margin."""
    calls = {"bradley_terry_loss": [], "bradley_terry_grad": [], "preference_accuracy": []}
    for N in (1, 7, 50):
        chosen, rejected = rng.normal(scale=3.0, size=N), rng.normal(scale=3.0, size=N)
        for margin in (0.0, float(rng.uniform(0.0, 2.0)), rng.uniform(0.0, 2.0, size=N)):
            calls["bradley_terry_loss"].append(((chosen, rejected, margin), {}))
            calls["bradley_terry_grad"].append(((chosen, rejected, margin), {}))
        calls["preference_accuracy"].append(((chosen, rejected), {}))
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_gradient_matches_finite_differences(kata, rng):
    """The learner's gradient equals central differences of the learner's own loss, for both reward vectors."""
    chosen, rejected = rng.normal(size=4), rng.normal(size=4)
    margin = rng.uniform(0.0, 1.0, size=4)
    d_chosen, d_rejected = kata.call("bradley_terry_grad", chosen, rejected, margin).value
    h, sets = 1e-6, []
    for which in (0, 1):
        for i in range(4):
            plus, minus = [chosen.copy(), rejected.copy()], [chosen.copy(), rejected.copy()]
            plus[which][i] += h
            minus[which][i] -= h
            sets += [((*plus, margin), {}), ((*minus, margin), {})]
    losses = iter(result.value for result in kata.calls("bradley_terry_loss", sets))
    for which, grad in ((0, d_chosen), (1, d_rejected)):
        for i in range(4):
            own = (next(losses) - next(losses)) / (2 * h)
            require(abs(own - grad[i]) <= 1e-5 * abs(own) + 1e-8,
                    f"{'r_chosen' if which == 0 else 'r_rejected'}[{i}]: your gradient {grad[i]!r} disagrees "
                    f"with differences of your own loss {own!r}")


def test_loss_falls_when_chosen_rewards_rise(kata):
    """Raising every chosen reward lowers the loss; the gradients of a pair sum to zero (only the difference matters)."""
    chosen, rejected = np.array([0.4, -1.2, 2.0]), np.array([0.9, -1.0, 0.1])
    before = kata.call("bradley_terry_loss", chosen, rejected).value
    after = kata.call("bradley_terry_loss", chosen + 0.5, rejected).value
    require(after < before, f"the loss went from {before} to {after} when every chosen reward rose by 0.5")
    d_chosen, d_rejected = kata.call("bradley_terry_grad", chosen, rejected).value
    require(np.allclose(d_chosen + d_rejected, 0.0, atol=1e-15), "∂loss/∂r_chosen + ∂loss/∂r_rejected must be 0 for each pair")


def test_invalid_shapes_raise(kata):
    """ValueError: different shapes (even ones that broadcast: (3,) and (1,)), N = 0, 2-D rewards, an array margin not of shape (N,) ((1,) or (N, 1))."""
    cases = []
    cases.append(("ValueError", "bradley_terry_loss", (np.zeros(3), np.zeros(2)), {}))
    cases.append(("ValueError", "bradley_terry_grad", (np.zeros(0), np.zeros(0)), {}))
    cases.append(("ValueError", "bradley_terry_loss", (np.zeros(0), np.zeros(0)), {}))
    cases.append(("ValueError", "preference_accuracy", (np.zeros(0), np.zeros(0)), {}))
    cases.append(("ValueError", "preference_accuracy", (np.zeros(2), np.zeros(3)), {}))
    cases.append(("ValueError", "bradley_terry_loss", (np.zeros((2, 2)), np.zeros((2, 2))), {}))
    cases.append(("ValueError", "bradley_terry_grad", (np.zeros(3), np.zeros(3), np.zeros(2)), {}))
    for name in ("bradley_terry_loss", "bradley_terry_grad", "preference_accuracy"):
        cases.append(("ValueError", name, (np.zeros(3), np.zeros(1)), {}))      # (3,) and (1,) would broadcast
        cases.append(("ValueError", name, (np.zeros(1), np.zeros(3)), {}))
    for name in ("bradley_terry_loss", "bradley_terry_grad"):
        cases.append(("ValueError", name, (np.zeros(3), np.zeros(3), np.array([0.5])), {}))     # (1,), not (N,)
        cases.append(("ValueError", name, (np.zeros(3), np.zeros(3), np.full((3, 1), 0.5)), {}))
    kata.raises_each(cases)
