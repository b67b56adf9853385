"""Hidden tests for generative/vae_elbo: reparameterize, gaussian_kl, bernoulli_nll, negative_elbo, negative_elbo_grads."""
import math

import numpy as np

from grader.testing import require

MU = np.array([[0.7, -0.3], [0.0, 1.0]])
LOG_VAR = np.array([[-0.4, 1.2], [0.0, math.log(0.09)]])      # σ = [e^-0.2, e^0.6], [1, 0.3]
EPS = np.array([[0.1, -2.0], [1.5, 0.4]])


def _decoder(z, w, b):
    """A linear decoder for the chain-rule tests: logits = z @ w + b."""
    return z @ w + b


# -- reparameterize ---------------------------------------------------------------------------
def test_reparameterize_by_hand(kata):
    """σ = exp(0.5·log_var): z = [[0.7 + 0.1·e^-0.2, −0.3 − 2·e^0.6], [0 + 1.5·1, 1 + 0.4·0.3]] = [[0.781873, −3.944238], [1.5, 1.12]]."""
    want = np.array([[0.7 + 0.1 * math.exp(-0.2), -0.3 - 2.0 * math.exp(0.6)], [1.5, 1.12]])
    kata.check("reparameterize", MU, LOG_VAR, EPS, expected=want)


def test_reparameterize_zero_noise_and_unit_variance(kata):
    """eps = 0 gives z = mu exactly; log_var = 0 (σ = 1) gives z = mu + eps."""
    kata.check("reparameterize", MU, LOG_VAR, np.zeros((2, 2)), expected=MU.copy())
    kata.check("reparameterize", MU, np.zeros((2, 2)), EPS, expected=MU + EPS)


def test_reparameterize_extreme_log_variances(kata):
    """log_var = −30 shrinks the noise to e^-15·eps; log_var = 30 scales it by e^15 = 3269017.37."""
    kata.check("reparameterize", np.array([[0.5, 0.5]]), np.array([[-30.0, 30.0]]), np.array([[2.0, -1.0]]),
               expected=np.array([[0.5 + 2.0 * math.exp(-15.0), 0.5 - math.exp(15.0)]]))


def test_reparameterize_integer_inputs_give_float64(kata):
    """Integer mu, log_var and eps: z is float64, [[1 + 2, 2 − 1]] = [[3.0, 1.0]]."""
    kata.check("reparameterize", np.array([[1, 2]]), np.array([[0, 0]]), np.array([[2, -1]]), expected=np.array([[3.0, 1.0]]))


# -- gaussian_kl --------------------------------------------------------------------------------
def test_kl_is_zero_for_the_prior(kata):
    """mu = 0, log_var = 0 is N(0, 1) itself: KL = 0 for every sample."""
    kata.check("gaussian_kl", np.zeros((3, 4)), np.zeros((3, 4)), expected=np.zeros(3))


def test_kl_by_hand_summed_over_latent_dims(kata):
    """Row 0: 0.5·(e^-0.4 + 0.49 − 1 + 0.4) + 0.5·(e^1.2 + 0.09 − 1 − 1.2) = 0.885219; row 1: 0 + 0.5·(0.09 + 1 − 1 − ln 0.09) = 1.248973."""
    row0 = 0.5 * (math.exp(-0.4) + 0.49 - 1 + 0.4) + 0.5 * (math.exp(1.2) + 0.09 - 1 - 1.2)
    row1 = 0.0 + 0.5 * (0.09 + 1.0 - 1.0 - math.log(0.09))
    kata.check("gaussian_kl", MU, LOG_VAR, expected=np.array([row0, row1]))


def test_kl_extreme_log_variances(kata):
    """log_var = −30: 0.5·(e^-30 − 1 + 30) ≈ 14.5; log_var = 30: 0.5·(e^30 − 31) ≈ 5.343e12 (one sample each, d = 1)."""
    want = np.array([0.5 * (math.exp(-30.0) - 1.0 + 30.0), 0.5 * (math.exp(30.0) - 31.0)])
    kata.check("gaussian_kl", np.zeros((2, 1)), np.array([[-30.0], [30.0]]), expected=want)


# -- bernoulli_nll ------------------------------------------------------------------------------
def test_nll_of_zero_logits(kata):
    """logits = 0 (σ = ½): every feature costs ln 2 whatever x, summed over m = 3 features: 3 ln 2 = 2.079442."""
    kata.check("bernoulli_nll", np.zeros((2, 3)), np.array([[1.0, 0.0, 0.5], [0.2, 0.2, 0.9]]),
               expected=np.full(2, 3 * math.log(2.0)))


def test_nll_by_hand_with_soft_targets(kata):
    """logits [2, −1], x [0.7, 0.1]: (log(1 + e²) − 1.4) + (log(1 + e^-1) + 0.1) = 0.726928 + 0.413262 = 1.140190."""
    want = (math.log1p(math.exp(2.0)) - 1.4) + (math.log1p(math.exp(-1.0)) + 0.1)
    kata.check("bernoulli_nll", np.array([[2.0, -1.0]]), np.array([[0.7, 0.1]]), expected=np.array([want]))


def test_nll_of_huge_logits_of_both_signs(kata):
    """logits [1000, −1000]: x [1, 0] costs 0; x [0, 1] costs 2000; x [0.3, 0.6] costs 700 + 600 = 1300."""
    logits = np.array([[1000.0, -1000.0], [1000.0, -1000.0], [1000.0, -1000.0]])
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.3, 0.6]])
    kata.check("bernoulli_nll", logits, x, expected=np.array([0.0, 2000.0, 1300.0]))


# -- negative_elbo --------------------------------------------------------------------------------
def test_negative_elbo_is_the_batch_mean(kata):
    """n = 2, logits 0, m = 3: L = 3 ln 2 + (0.885219 + 1.248973) / 2 = 3.146537 (mean over samples, sums inside)."""
    kl = 0.5 * (math.exp(-0.4) + 0.49 - 1 + 0.4) + 0.5 * (math.exp(1.2) + 0.09 - 1 - 1.2) + 0.5 * (0.09 - math.log(0.09))
    x = np.array([[1.0, 0.0, 0.5], [0.2, 0.2, 0.9]])
    kata.check("negative_elbo", MU, LOG_VAR, np.zeros((2, 3)), x, expected=3 * math.log(2.0) + kl / 2)


def test_negative_elbo_beta_weights_the_kl(kata):
    """beta = 0.3 multiplies only the KL: 3 ln 2 + 0.3 · 2.134191 / 2 = 2.399570; beta = 0 leaves the reconstruction."""
    kl = 0.5 * (math.exp(-0.4) + 0.49 - 1 + 0.4) + 0.5 * (math.exp(1.2) + 0.09 - 1 - 1.2) + 0.5 * (0.09 - math.log(0.09))
    x = np.array([[1.0, 0.0, 0.5], [0.2, 0.2, 0.9]])
    kata.check("negative_elbo", MU, LOG_VAR, np.zeros((2, 3)), x, 0.3, expected=3 * math.log(2.0) + 0.3 * kl / 2)
    kata.check("negative_elbo", MU, LOG_VAR, np.zeros((2, 3)), x, beta=0.0, expected=3 * math.log(2.0))


def test_negative_elbo_one_sample_one_feature(kata):
    """n = 1, d = 1, m = 1: logit 2, x = 1: log(1 + e^-2) + KL(mu 0.7, log_var −0.4) = 0.126928 + 0.28016 = 0.407088."""
    want = math.log1p(math.exp(-2.0)) + 0.5 * (math.exp(-0.4) + 0.49 - 1 + 0.4)
    kata.check("negative_elbo", np.array([[0.7]]), np.array([[-0.4]]), np.array([[2.0]]), np.array([[1.0]]), expected=want)


# -- negative_elbo_grads ------------------------------------------------------------------------------
def test_grads_without_reconstruction_are_the_kl_gradients(kata):
    """grad_z = 0, n = 2: dL/dmu = mu / 2 and dL/dlog_var = 0.5·(exp(log_var) − 1) / 2 (the KL's gradient, batch-averaged)."""
    want = (MU / 2, 0.5 * (np.exp(LOG_VAR) - 1.0) / 2)
    kata.check("negative_elbo_grads", MU, LOG_VAR, EPS, np.zeros((2, 2)), expected=want)


def test_grads_by_hand_through_z(kata):
    """grad_z = [[0.2, −0.5], [0.1, 0.3]], beta = 1, n = 2: dmu = grad_z + mu/2; dlog_var = grad_z·eps·0.5·σ + 0.5·(σ² − 1)/2."""
    g = np.array([[0.2, -0.5], [0.1, 0.3]])
    s = np.array([[math.exp(-0.2), math.exp(0.6)], [1.0, 0.3]])
    d_mu = np.array([[0.2 + 0.35, -0.5 - 0.15], [0.1 + 0.0, 0.3 + 0.5]])
    d_lv = g * EPS * 0.5 * s + 0.25 * (s**2 - 1.0)
    kata.check("negative_elbo_grads", MU, LOG_VAR, EPS, g, expected=(d_mu, d_lv))


def test_grads_beta_weights_only_the_kl_part(kata):
    """beta = 0: only the path through z is left (dmu = grad_z); beta = 2.5 scales the KL part only."""
    g = np.array([[0.2, -0.5], [0.1, 0.3]])
    s = np.exp(0.5 * LOG_VAR)
    kata.check("negative_elbo_grads", MU, LOG_VAR, EPS, g, 0.0, expected=(g.copy(), g * EPS * 0.5 * s))
    kata.check("negative_elbo_grads", MU, LOG_VAR, EPS, g, beta=2.5,
               expected=(g + 2.5 * MU / 2, g * EPS * 0.5 * s + 2.5 * 0.5 * (s**2 - 1.0) / 2))


def test_grads_at_extreme_log_variances(kata):
    """log_var = −30 and 30, n = 1: dlog_var = grad_z·eps·0.5·e^(±15) + 0.5·(e^(±30) − 1)."""
    lv = np.array([[-30.0, 30.0]])
    g, e = np.array([[0.4, -0.2]]), np.array([[1.0, 2.0]])
    s = np.exp(0.5 * lv)
    kata.check("negative_elbo_grads", np.zeros((1, 2)), lv, e, g, expected=(g.copy(), g * e * 0.5 * s + 0.5 * (s**2 - 1.0)))


def test_grads_match_finite_differences_through_a_decoder(kata, rng):
    """A linear decoder logits = z @ W + b: your (dmu, dlog_var) equal central differences of the reference's negative ELBO."""
    n, d, m = 4, 3, 5
    mu, lv, eps = rng.normal(size=(n, d)), rng.normal(0.0, 0.7, size=(n, d)), rng.normal(size=(n, d))
    w, b = rng.normal(size=(d, m)), rng.normal(size=m)
    x = rng.uniform(0.0, 1.0, size=(n, m))
    beta = 0.8

    def loss(mu_, lv_):
        z = kata.expected("reparameterize", mu_, lv_, eps)
        return kata.expected("negative_elbo", mu_, lv_, _decoder(z, w, b), x, beta)

    z = mu + np.exp(0.5 * lv) * eps
    grad_z = (1.0 / (1.0 + np.exp(-_decoder(z, w, b))) - x) @ w.T / n    # ∂L/∂z of the batch mean
    d_mu, d_lv = kata.call("negative_elbo_grads", mu, lv, eps, grad_z, beta).value
    h = 1e-6
    for which, got in ((0, d_mu), (1, d_lv)):
        fd = np.zeros((n, d))
        for i in range(n):
            for j in range(d):
                plus, minus = [mu.copy(), lv.copy()], [mu.copy(), lv.copy()]
                plus[which][i, j] += h
                minus[which][i, j] -= h
                fd[i, j] = (loss(*plus) - loss(*minus)) / (2 * h)
        name = "dL/dmu" if which == 0 else "dL/dlog_var"
        require(np.allclose(got, fd, rtol=1e-5, atol=1e-7), f"your {name} differs from finite differences of the loss")


# -- every function ------------------------------------------------------------------------------------
def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes up to n = 20, d = 8, m = 10, log_var in [−5, 5], logits up to ±50, beta in [0, 4]."""
    calls = {"reparameterize": [], "gaussian_kl": [], "bernoulli_nll": [], "negative_elbo": [], "negative_elbo_grads": []}
    for n, d, m in ((1, 1, 1), (3, 2, 4), (20, 8, 10), (6, 5, 2)):
        mu, lv, eps = rng.normal(0.0, 2.0, size=(n, d)), rng.uniform(-5.0, 5.0, size=(n, d)), rng.normal(size=(n, d))
        logits, x = rng.normal(0.0, 50.0, size=(n, m)), rng.uniform(0.0, 1.0, size=(n, m))
        g, beta = rng.normal(size=(n, d)), float(rng.uniform(0.0, 4.0))
        calls["reparameterize"].append(((mu, lv, eps), {}))
        calls["gaussian_kl"].append(((mu, lv), {}))
        calls["bernoulli_nll"].append(((logits, x), {}))
        calls["negative_elbo"].append(((mu, lv, logits, x, beta), {}))
        calls["negative_elbo_grads"].append(((mu, lv, eps, g, beta), {}))
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_targets_at_the_ends_of_zero_one(kata):
    """x exactly 0 and exactly 1 are allowed (binary images): logits [0.3, −0.3] cost log(1 + e^0.3) + log(1 + e^0.3)."""
    want = 2 * math.log1p(math.exp(0.3))
    kata.check("bernoulli_nll", np.array([[0.3, -0.3]]), np.array([[0.0, 1.0]]), expected=np.array([want]))


def test_validation(kata):
    """ValueError: arrays not 2-D, n = 0, d = 0 or m = 0, shapes that differ, x outside [0, 1], logits' n not mu's, beta < 0."""
    z2 = np.zeros((2, 2))
    cases = []
    for args in ((np.zeros(2), np.zeros(2), np.zeros(2)), (np.zeros((0, 2)),) * 3, (np.zeros((2, 0)),) * 3,
                 (z2, np.zeros((2, 3)), z2), (z2, z2, np.zeros((1, 2)))):
        cases.append(("ValueError", "reparameterize", args, {}))
    cases.append(("ValueError", "gaussian_kl", (np.zeros((1, 2, 2)), np.zeros((1, 2, 2))), {}))
    cases.append(("ValueError", "gaussian_kl", (z2, np.zeros((2, 1))), {}))
    cases.append(("ValueError", "gaussian_kl", (np.zeros((0, 3)), np.zeros((0, 3))), {}))
    cases.append(("ValueError", "bernoulli_nll", (np.zeros(3), np.zeros(3)), {}))
    cases.append(("ValueError", "bernoulli_nll", (np.zeros((2, 0)), np.zeros((2, 0))), {}))
    cases.append(("ValueError", "bernoulli_nll", (np.zeros((2, 3)), np.zeros((2, 2))), {}))
    cases.append(("ValueError", "bernoulli_nll", (np.zeros((1, 2)), np.array([[0.5, 1.1]])), {}))
    cases.append(("ValueError", "bernoulli_nll", (np.zeros((1, 2)), np.array([[-0.1, 0.5]])), {}))
    cases.append(("ValueError", "negative_elbo", (z2, z2, np.zeros((3, 4)), np.zeros((3, 4))), {}))
    cases.append(("ValueError", "negative_elbo", (z2, z2, np.zeros((2, 4)), np.zeros((2, 4)), -0.5), {}))
    cases.append(("ValueError", "negative_elbo", (z2, z2, np.zeros((2, 4)), np.full((2, 4), 2.0)), {}))
    cases.append(("ValueError", "negative_elbo", (z2, np.zeros((2, 3)), np.zeros((2, 4)), np.zeros((2, 4))), {}))
    cases.append(("ValueError", "negative_elbo_grads", (z2, z2, z2, np.zeros((2, 3))), {}))
    cases.append(("ValueError", "negative_elbo_grads", (z2, z2, np.zeros(2), z2), {}))
    cases.append(("ValueError", "negative_elbo_grads", (np.zeros((0, 2)), np.zeros((0, 2)), np.zeros((0, 2)), np.zeros((0, 2))), {}))
    cases.append(("ValueError", "negative_elbo_grads", (z2, z2, z2, z2, -1.0), {}))
    kata.raises_each(cases)


def test_validation_of_shapes_that_would_broadcast(kata):
    """ValueError for mismatches numpy would broadcast silently (a size-1 axis): logits' n = 1 against mu's n = 3, x (1, 3) or (2, 1) against logits (2, 3), grad_z (1, d)."""
    z2 = np.zeros((2, 2))
    kata.raises_each([
        ("ValueError", "negative_elbo", (np.zeros((1, 2)), np.zeros((1, 2)), np.zeros((3, 2)), np.zeros((3, 2))), {}),
        ("ValueError", "negative_elbo", (np.zeros((3, 2)), np.zeros((3, 2)), np.zeros((1, 2)), np.zeros((1, 2))), {}),
        ("ValueError", "bernoulli_nll", (np.zeros((2, 3)), np.full((1, 3), 0.5)), {}),
        ("ValueError", "bernoulli_nll", (np.zeros((2, 3)), np.full((2, 1), 0.5)), {}),
        ("ValueError", "negative_elbo", (np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 3)), np.full((1, 3), 0.5)), {}),
        ("ValueError", "negative_elbo_grads", (z2, z2, z2, np.zeros((1, 2))), {}),
        ("ValueError", "negative_elbo_grads", (z2, z2, np.zeros((2, 1)), z2), {}),
        ("ValueError", "negative_elbo_grads", (z2, np.zeros((1, 2)), z2, z2), {}),
        ("ValueError", "reparameterize", (z2, z2, np.zeros((1, 2))), {}),
        ("ValueError", "reparameterize", (z2, np.zeros((2, 1)), z2), {}),
        ("ValueError", "gaussian_kl", (z2, np.zeros((1, 2))), {}),
    ])


def test_beta_nan_is_rejected(kata):
    """beta = NaN is not >= 0: ValueError in negative_elbo and in negative_elbo_grads."""
    z2 = np.zeros((2, 2))
    kata.raises("ValueError", "negative_elbo", z2, z2, np.zeros((2, 3)), np.zeros((2, 3)), float("nan"))
    kata.raises("ValueError", "negative_elbo_grads", z2, z2, z2, z2, float("nan"))
