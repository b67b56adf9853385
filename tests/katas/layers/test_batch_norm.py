"""Hidden tests for layers/batch_norm: a BatchNorm1d object with train/eval modes, running
statistics, backward and an SGD step. Every test is a scenario (grader/objects.py), played on
the reference, then on the learner's objects, observation by observation."""
import numpy as np

from grader.testing import require

X4 = np.array([[-1.0], [-1.0], [1.0], [1.0]])       # mean 0, biased variance 1, unbiased 4/3


def test_a_new_layer(kata):
    """A new layer: gamma = ones, beta = zeros, running_mean = zeros, running_var = ones, dgamma = dbeta = zeros, training True."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 3, as_="bn")
        for name in ("gamma", "beta", "running_mean", "running_var", "dgamma", "dbeta", "training"):
            world.get(bn, name)
    kata.scenario(scenario)


def test_eval_and_train_switch_the_flag_and_return_none(kata):
    """eval() sets training to False and train() back to True; both return None (not the layer itself, unlike PyTorch)."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 2, as_="bn")
        world.call(bn, "eval")                               # None
        world.get(bn, "training")                            # False
        world.call(bn, "train")                              # None
        world.get(bn, "training")                            # True
    kata.scenario(scenario)


def test_training_forward_and_running_stats_by_hand(kata):
    """x = (1, 3), eps = 0: out = (−1, 1); running_mean = 0.1·2 = 0.2; running_var = 0.9·1 + 0.1·2 = 1.1 (unbiased 2, not biased 1)."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, as_="bn")
        world.call(bn, "forward", np.array([[1.0], [3.0]]))   # mean 2, biased var 1: (−1, 1)
        world.get(bn, "running_mean")                        # (1 − 0.1)·0 + 0.1·2 = 0.2
        world.get(bn, "running_var")                         # 0.9·1 + 0.1·(2/1) = 1.1
    kata.scenario(scenario)


def test_momentum_weights_the_new_value_by_hand(kata):
    """momentum = 0.25, x = (4, 8) twice: running_mean = 0.25·6 = 1.5, then 0.75·1.5 + 0.25·6 = 2.625."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, momentum=0.25, as_="bn")
        x = np.array([[4.0], [8.0]])                          # mean 6, biased var 4, unbiased 8
        world.call(bn, "forward", x)
        world.get(bn, "running_mean")                        # 1.5
        world.get(bn, "running_var")                         # 0.75·1 + 0.25·8 = 2.75
        world.call(bn, "forward", x)
        world.get(bn, "running_mean")                        # 0.75·1.5 + 0.25·6 = 2.625
        world.get(bn, "running_var")                         # 0.75·2.75 + 0.25·8 = 4.0625
    kata.scenario(scenario)


def test_eps_inside_the_square_root_by_hand(kata):
    """x = (0, 2), eps = 3: biased var 1, xhat = ±1/sqrt(1 + 3) = ±0.5 (eps outside would give ±0.25)."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=3.0, as_="bn")
        world.call(bn, "forward", np.array([[0.0], [2.0]]))   # (−0.5, 0.5)
    kata.scenario(scenario)


def test_eval_uses_the_running_statistics_by_hand(kata):
    """After one step on x = (1, 3) (running 0.2 and 1.1), eval forward of 2.2 with eps = 0 is (2.2 − 0.2)/sqrt(1.1); the stats stay put."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, as_="bn")
        world.call(bn, "forward", np.array([[1.0], [3.0]]))
        world.call(bn, "eval")                               # None
        world.get(bn, "training")                            # False
        world.call(bn, "forward", np.array([[2.2], [0.2]]))  # (2/sqrt(1.1), 0) = (1.9069251784911847, 0)
        world.get(bn, "running_mean")                        # still 0.2
        world.get(bn, "running_var")                         # still 1.1
        world.call(bn, "forward", np.array([[1.2]]))         # one row is fine in eval: 1/sqrt(1.1)
        world.call(bn, "train")
        world.get(bn, "training")                            # True
    kata.scenario(scenario)


def test_backward_by_hand(kata):
    """x = (−1, −1, 1, 1) (xhat = x), dout = (1, 0, 0, 0), eps = 0: dbeta = 1, dgamma = −1, dx = ¼(4·dout − 1 + xhat) = (0.5, −0.5, 0, 0)."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, as_="bn")
        world.call(bn, "forward", X4)
        # dx = (1/N)·gamma·inv_std·(N·dout − Σdout − xhat·Σ(dout·xhat)) = ¼((4,0,0,0) − 1 − xhat·(−1))
        world.call(bn, "backward", np.array([[1.0], [0.0], [0.0], [0.0]]))
        world.get(bn, "dgamma")                              # Σ dout·xhat = −1
        world.get(bn, "dbeta")                               # Σ dout = 1
    kata.scenario(scenario)


def test_step_then_backward_uses_gamma_by_hand(kata):
    """After step(0.5) with dgamma = −1, dbeta = 1: gamma = 1.5, beta = −0.5; the next forward and dx scale by 1.5; dgamma is −1 again (replaced)."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, as_="bn")
        world.call(bn, "forward", X4)
        world.call(bn, "backward", np.array([[1.0], [0.0], [0.0], [0.0]]))
        world.call(bn, "step", 0.5)                          # None
        world.get(bn, "gamma")                               # 1 − 0.5·(−1) = 1.5
        world.get(bn, "beta")                                # 0 − 0.5·1 = −0.5
        world.call(bn, "forward", X4)                        # 1.5·xhat − 0.5 = (−2, −2, 1, 1)
        world.call(bn, "backward", np.array([[1.0], [0.0], [0.0], [0.0]]))   # 1.5·(0.5, −0.5, 0, 0)
        world.get(bn, "dgamma")                              # −1 again: replaced, not added to (−2)
    kata.scenario(scenario)


def test_eval_backward_by_hand(kata):
    """In eval mode the statistics are constants: dx = gamma·dout/sqrt(running_var + eps); running_var = 1 on a new layer."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 2, eps=0.0, as_="bn")
        world.call(bn, "eval")
        world.call(bn, "forward", np.array([[1.0, 2.0], [3.0, -4.0]]))   # x itself (mean 0, var 1)
        world.call(bn, "backward", np.array([[1.0, 2.0], [3.0, 4.0]]))   # dout itself
        world.get(bn, "dgamma")                              # Σ dout·xhat = (1 + 9, 4 − 16) = (10, −12)
        world.get(bn, "dbeta")                               # (4, 6)
    kata.scenario(scenario)


def test_constant_feature_zero_step_and_one_row_in_eval_by_hand(kata):
    """A feature constant over the batch (var 0, default eps = 1e-5): xhat = 0, out = beta, dx = (3·dout − Σ dout)/(3·sqrt(1e-5)) = (210.8, −105.4, −105.4); step(0.0) changes nothing; eval takes N = 1."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 2, as_="bn")
        x = np.array([[2.0, 1.0], [2.0, 2.0], [2.0, 6.0]])     # column 0 constant; column 1 mean 3, biased var 14/3
        world.call(bn, "forward", x)                         # column 0 all 0.0; column 1 (−2, −1, 3)/sqrt(14/3 + 1e-5)
        world.get(bn, "running_mean")                        # 0.1·(2, 3) = (0.2, 0.3)
        world.get(bn, "running_var")                         # 0.9 + 0.1·(0, 7) = (0.9, 1.6)
        world.call(bn, "backward", np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]]))
        world.get(bn, "dgamma")                              # (0, 0): xhat is 0 in column 0
        world.get(bn, "dbeta")                               # (1, 0)
        world.call(bn, "step", 0.0)                          # learning rate 0: gamma and beta unchanged
        world.get(bn, "gamma")
        world.get(bn, "beta")
        world.call(bn, "eval")
        world.call(bn, "forward", np.array([[2.2, 1.0]]))    # (2.0/sqrt(0.9 + 1e-5), 0.7/sqrt(1.6 + 1e-5)) = (2.10817, 0.55340)
        world.call(bn, "backward", np.array([[1.0, 1.0]]))   # (1/sqrt(0.9 + 1e-5), 1/sqrt(1.6 + 1e-5))
    kata.scenario(scenario)


def test_backward_follows_the_mode_of_the_forward_by_hand(kata):
    """forward in eval, then train(), then backward: still the eval formula, dx = dout/sqrt(1 + 0) = dout; forward in training, then eval(), backward: the training formula, (0.5, −0.5, 0, 0) for X4."""
    def scenario(world):
        bn = world.new("BatchNorm1d", 1, eps=0.0, as_="bn")
        world.call(bn, "eval")
        world.call(bn, "forward", np.array([[3.0], [1.0]]))  # eval on a new layer: x itself
        world.call(bn, "train")
        world.call(bn, "backward", np.array([[1.0], [2.0]]))   # eval formula: dout/sqrt(1) = (1, 2)
        world.call(bn, "forward", X4)                        # training: xhat = X4
        world.call(bn, "eval")
        world.call(bn, "backward", np.array([[1.0], [0.0], [0.0], [0.0]]))   # ¼(4·dout − 1 + xhat) = (0.5, −0.5, 0, 0)
    kata.scenario(scenario)


def test_several_training_steps_then_eval(kata, rng):
    """D = 3, N = 5: four forward/backward/step rounds, then eval and train again: every output, gradient and statistic."""
    xs = [rng.normal(2.0, 3.0, size=(5, 3)) for _ in range(6)]
    douts = [rng.standard_normal((5, 3)) for _ in range(6)]

    def scenario(world):
        bn = world.new("BatchNorm1d", 3, eps=1e-3, momentum=0.2, as_="bn")
        for x, dout in zip(xs[:4], douts[:4]):
            world.call(bn, "forward", x)
            world.call(bn, "backward", dout)
            world.get(bn, "dgamma")
            world.get(bn, "dbeta")
            world.call(bn, "step", 0.1)
            world.get(bn, "running_mean")
            world.get(bn, "running_var")
        world.call(bn, "eval")
        world.call(bn, "forward", xs[4])
        world.call(bn, "backward", douts[4])
        world.get(bn, "dgamma")
        world.get(bn, "running_mean")
        world.get(bn, "running_var")
        world.call(bn, "train")
        world.call(bn, "forward", xs[5])
        world.get(bn, "running_var")
    kata.scenario(scenario)


def test_default_eps_and_momentum(kata, rng):
    """BatchNorm1d(4) uses eps = 1e-5 and momentum = 0.1: small-variance inputs make eps visible."""
    x = rng.standard_normal((6, 4)) * 0.003

    def scenario(world):
        bn = world.new("BatchNorm1d", 4, as_="bn")
        world.call(bn, "forward", x)
        world.get(bn, "running_mean")
        world.get(bn, "running_var")
    kata.scenario(scenario)


def _forward_loss(forward, x, G):
    return float(np.sum(np.asarray(forward(x), dtype=float) * G))


def _plain_batch_norm(x, gamma, beta, eps):
    mu, var = x.mean(axis=0), x.var(axis=0)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def test_gradients_match_finite_differences(kata, rng):
    """dx, dgamma, dbeta (after a step, so gamma ≠ 1) equal central differences of L = Σ out ⊙ G."""
    x0, d0 = rng.standard_normal((4, 3)), rng.standard_normal((4, 3))
    x, G = rng.standard_normal((4, 3)), rng.standard_normal((4, 3))
    eps, h = 1e-5, 1e-6

    def scenario(world):
        bn = world.new("BatchNorm1d", 3, eps=eps, as_="bn")
        world.call(bn, "forward", x0)
        world.call(bn, "backward", d0)
        world.call(bn, "step", 0.5)
        gamma, beta = world.get(bn, "gamma"), world.get(bn, "beta")
        world.call(bn, "forward", x)
        dx = world.call(bn, "backward", G)
        return gamma, beta, dx, world.get(bn, "dgamma"), world.get(bn, "dbeta")

    gamma, beta, dx, dgamma, dbeta = kata.scenario(scenario)
    arrays = [x, gamma, beta]
    for which, (name, got) in enumerate([("dx", dx), ("dgamma", dgamma), ("dbeta", dbeta)]):
        numeric = np.zeros_like(arrays[which])
        for index in np.ndindex(numeric.shape):
            plus, minus = [a.copy() for a in arrays], [a.copy() for a in arrays]
            plus[which][index] += h
            minus[which][index] -= h
            numeric[index] = (np.sum(_plain_batch_norm(*plus, eps) * G)
                              - np.sum(_plain_batch_norm(*minus, eps) * G)) / (2 * h)
        require(np.allclose(got, numeric, rtol=1e-5, atol=1e-7),
                f"your {name} {np.round(got, 6).tolist()} is not the gradient of batch norm; "
                f"central differences give {np.round(numeric, 6).tolist()}")


def test_dx_matches_your_own_forward(kata, rng):
    """Your dx agrees with central differences of YOUR forward (fresh layers in training mode, L = Σ out ⊙ G)."""
    x, G = rng.standard_normal((3, 2)), rng.standard_normal((3, 2))
    h = 1e-6

    def scenario(world):
        bn = world.new("BatchNorm1d", 2, as_="bn")
        world.call(bn, "forward", x)
        dx = world.call(bn, "backward", G)
        numeric = np.zeros_like(x)
        for index in np.ndindex(x.shape):
            values = []
            for sign in (1, -1):
                moved = x.copy()
                moved[index] += sign * h
                fresh = world.new("BatchNorm1d", 2, as_="fresh")
                values.append(np.sum(world.call(fresh, "forward", moved) * G))
            numeric[index] = (values[0] - values[1]) / (2 * h)
        return dx, numeric

    dx, numeric = kata.scenario(scenario)
    require(np.allclose(dx, numeric, rtol=1e-5, atol=1e-7),
            f"your dx {np.round(dx, 6).tolist()} is not the gradient of your own forward pass; "
            f"central differences give {np.round(numeric, 6).tolist()}")
