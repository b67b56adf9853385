"""Hidden tests for llm/dpo_loss: dpo_loss(...) and dpo_loss_grad(...) over N preference pairs."""
import numpy as np

from grader.testing import require

PC, PR = np.array([-1.0, -2.0]), np.array([-3.0, -1.0])      # policy: chosen, rejected
RC, RR = np.array([-1.5, -2.5]), np.array([-2.0, -1.0])      # reference: chosen, rejected
# margins: (−1 + 1.5) − (−3 + 2) = 1.5 and (−2 + 2.5) − (−1 + 1) = 0.5; beta 0.5: z = 0.75, 0.25


def _fd(kata, args, which, h=1e-6):
    """Central differences of the reference's dpo_loss with respect to argument `which` (0 or 1)."""
    out = np.zeros_like(args[which])
    for i in range(len(out)):
        plus = [a.copy() for a in args[:4]]
        minus = [a.copy() for a in args[:4]]
        plus[which][i] += h
        minus[which][i] -= h
        out[i] = (kata.expected("dpo_loss", *plus, args[4]) - kata.expected("dpo_loss", *minus, args[4])) / (2 * h)
    return out


def test_loss_by_hand(kata):
    """beta = 0.5, z = [0.75, 0.25]: loss = mean(log(1 + e^−0.75), log(1 + e^−0.25)) = mean(0.38687, 0.57594) = 0.48141."""
    kata.check("dpo_loss", PC, PR, RC, RR, 0.5, expected=0.4814052129968718)


def test_no_margin_is_log_two(kata):
    """Policy equal to the reference: every z = 0, and −log σ(0) = log 2, whatever beta is."""
    zeros = np.zeros(4)
    kata.check("dpo_loss", zeros, zeros, zeros, zeros, 0.1, expected=0.6931471805599453)
    kata.check("dpo_loss", PC, PR, PC, PR, 3.0, expected=0.6931471805599453)


def test_gradient_by_hand(kata):
    """∂loss/∂policy_chosen = −β σ(−z) / N = −0.5 · [0.32082, 0.43782] / 2; the rejected side is its negative."""
    d = np.array([-0.08020532590575616, -0.10945587470412424])
    kata.check("dpo_loss_grad", PC, PR, RC, RR, 0.5, expected=(d, -d))


def test_large_margins_stay_finite(kata):
    """z = +1000 costs 0 and z = −1000 costs 1000: the mean is 500 (log(sigmoid(z)) would give inf)."""
    zeros = np.zeros(2)
    pc = np.array([10000.0, -10000.0])
    kata.check("dpo_loss", pc, zeros, zeros, zeros, 0.1, expected=500.0)
    # gradient: σ(−1000) = 0 and σ(1000) = 1: [−0, −0.1/2]
    kata.check("dpo_loss_grad", pc, zeros, zeros, zeros, 0.1,
               expected=(np.array([0.0, -0.05]), np.array([0.0, 0.05])))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random pairs, N = 1..50, log-probabilities in [−60, 0], beta 0.01..1: loss and gradient."""
    arg_sets = []
    for N in (1, 7, 50):
        args = [-rng.uniform(0.0, 60.0, size=N) for _ in range(4)]
        beta = float(rng.uniform(0.01, 1.0))
        arg_sets.append(((*args, beta), {}))
    kata.check_each("dpo_loss", arg_sets)
    kata.check_each("dpo_loss_grad", arg_sets)


def test_gradient_matches_finite_differences(kata, rng):
    """The learner's gradient equals central differences of the reference loss (and of the learner's own loss)."""
    args = [-rng.uniform(0.0, 10.0, size=5) for _ in range(4)] + [0.3]
    d_chosen, d_rejected = kata.call("dpo_loss_grad", *args).value
    for which, grad in ((0, d_chosen), (1, d_rejected)):
        require(np.allclose(grad, _fd(kata, args, which), rtol=1e-5, atol=1e-9),
                f"the gradient for {'policy_chosen' if which == 0 else 'policy_rejected'} differs from finite differences of the loss")
    h, sets = 1e-6, []
    for i in range(5):
        plus, minus = [a.copy() for a in args[:4]], [a.copy() for a in args[:4]]
        plus[0][i] += h
        minus[0][i] -= h
        sets += [((*plus, 0.3), {}), ((*minus, 0.3), {})]
    losses = iter(call.value for call in kata.calls("dpo_loss", sets))
    for i in range(5):
        own = (next(losses) - next(losses)) / (2 * h)
        require(abs(own - d_chosen[i]) <= 1e-5 * abs(own) + 1e-9,
                f"policy_chosen[{i}]: your gradient {d_chosen[i]!r} disagrees with differences of your own loss {own!r}")


def test_loss_falls_when_the_chosen_answer_gains(kata):
    """Raising the policy's log-probability of the chosen answers lowers the loss (a step against the gradient)."""
    args = [np.array([-5.0, -4.0, -6.0]), np.array([-4.0, -5.0, -5.0]), np.array([-5.0] * 3), np.array([-5.0] * 3)]
    before = kata.check("dpo_loss", *args, 0.2).value
    after = kata.check("dpo_loss", args[0] + 1.0, *args[1:], 0.2).value
    require(after < before, f"the loss went from {before} to {after} when the chosen answers became more likely")
