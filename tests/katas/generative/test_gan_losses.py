"""Hidden tests for generative/gan_losses: discriminator_loss(real, fake) and generator_loss(fake, kind)."""
import math

import numpy as np

from grader.testing import require

LOG2 = 0.6931471805599453
SP_M40 = 4.248354255291589e-18      # softplus(−40) = log1p(e^−40), and σ(−40): equal to 18 digits


def test_zero_logits_by_hand(kata):
    """All logits 0: every term is log 2; one real and two fakes give log 2 + log 2, gradients −1/2 and 1/4 each."""
    kata.check("discriminator_loss", np.array([0.0]), np.array([0.0, 0.0]),
               expected=(2 * LOG2, np.array([-0.5]), np.array([0.25, 0.25])))
    kata.check("generator_loss", np.array([0.0, 0.0]), expected=(LOG2, np.array([-0.25, -0.25])))
    kata.check("generator_loss", np.array([0.0, 0.0]), kind="saturating", expected=(-LOG2, np.array([-0.25, -0.25])))


def test_discriminator_by_hand(kata):
    """r = (0.7, −1.2), f = (0.3): (softplus(−0.7) + softplus(1.2))/2 + softplus(0.3) = (0.40318 + 1.46328)/2 + 0.85436 = 1.78759."""
    # ∂/∂r = −σ(−r)/2 = (−0.33181/2, −0.76852/2); ∂/∂f = σ(0.3)/1 = 0.57444
    kata.check("discriminator_loss", np.array([0.7, -1.2]), np.array([0.3]),
               expected=(1.7875895025802717, np.array([-0.16590611391591698, -0.38426239174950877]),
                         np.array([0.574442516811659])))


def test_generator_non_saturating_by_hand(kata):
    """f = (0.7, −2): mean of −log σ(f) = (0.40318 + 2.12693)/2 = 1.26506; gradient −σ(−f)/2 = (−0.16591, −0.44040)."""
    kata.check("generator_loss", np.array([0.7, -2.0]), "non_saturating",
               expected=(1.2650570299642152, np.array([-0.16590611391591698, -0.44039853898894116])))


def test_generator_default_kind_is_non_saturating(kata):
    """Without kind, generator_loss is the non-saturating loss."""
    kata.check("generator_loss", np.array([0.7, -2.0]),
               expected=(1.2650570299642152, np.array([-0.16590611391591698, -0.44039853898894116])))


def test_generator_saturating_by_hand(kata):
    """f = (0.7, −2): mean of log(1 − σ(f)) = −(1.10318 + 0.12693)/2 = −0.61506 (negative); gradient −σ(f)/2 = (−0.33409, −0.05960)."""
    kata.check("generator_loss", np.array([0.7, -2.0]), "saturating",
               expected=(-0.6150570299642152, np.array([-0.3340938860840831, -0.05960146101105877])))


def test_each_batch_is_averaged_on_its_own(kata):
    """n_real = 1, n_fake = 3: L_D = softplus(−r) + mean softplus(f), not one mean over 4 samples, nor half the sum."""
    # r = 0 (log 2), f = (0, 0, 0) (log 2 each): log 2 + log 2; grads −1/2 and 1/6 each
    kata.check("discriminator_loss", np.array([0.0]), np.array([0.0, 0.0, 0.0]),
               expected=(2 * LOG2, np.array([-0.5]), np.array([1.0, 1.0, 1.0]) / 6))
    # r = (2, 2, 2, 2): softplus(−2) = 0.12693; f = (−1): softplus(−1) = 0.31326
    kata.check("discriminator_loss", np.full(4, 2.0), np.array([-1.0]),
               expected=(0.1269280110429725 + 0.31326168751822286, np.full(4, -0.11920292202211755 / 4),
                         np.array([0.2689414213699951])))


def test_huge_logits_of_both_signs(kata):
    """Logits ±1000: right answers cost 0, wrong ones cost 1000 (never inf or nan); gradients 0 or ±1/n."""
    big = np.array([1000.0, -1000.0])
    kata.check("discriminator_loss", big, big, expected=(1000.0, np.array([0.0, -0.5]), np.array([0.5, 0.0])))
    kata.check("generator_loss", big, "non_saturating", expected=(500.0, np.array([0.0, -0.5])))
    kata.check("generator_loss", big, "saturating", expected=(-500.0, np.array([-0.5, 0.0])))
    # all wrong: real −1000, fake +1000
    kata.check("discriminator_loss", np.array([-1000.0]), np.array([1000.0]),
               expected=(2000.0, np.array([-1.0]), np.array([1.0])))
    kata.check("generator_loss", np.array([-1000.0]), "non_saturating", expected=(1000.0, np.array([-1.0])))
    kata.check("generator_loss", np.array([1000.0]), "saturating", expected=(-1000.0, np.array([-1.0])))


def test_no_overflow_at_huge_logits(kata):
    """Logits ±1000 in every function: σ and softplus never compute exp(1000), so numpy warns of nothing."""
    # the naive σ = 1/(1 + exp(−x)) gets these values right (1/inf = 0) but computes exp(1000) = inf
    big = np.array([1000.0, -1000.0])
    calls = [kata.check("discriminator_loss", big, big, expected=(1000.0, np.array([-0.0, -0.5]), np.array([0.5, 0.0]))),
             kata.check("generator_loss", big, "non_saturating", expected=(500.0, np.array([-0.0, -0.5]))),
             kata.check("generator_loss", big, "saturating", expected=(-500.0, np.array([-0.5, -0.0])))]
    for result in calls:
        require(not result.warnings,
                f"{result.shown} made numpy warn: {result.warnings[0] if result.warnings else ''}. The statement "
                "asks for σ(x) computed so that exp never overflows: exp(−softplus(−x)), or 1/(1 + exp(−x)) "
                "for x ≥ 0 and exp(x)/(1 + exp(x)) for x < 0, chosen with a boolean mask.")


def test_tiny_values_keep_their_relative_accuracy(kata):
    """Logits ±40: softplus(−40) = σ(−40) = 4.25e-18, not 0 (compared with no absolute tolerance)."""
    kata.check("discriminator_loss", np.array([40.0]), np.array([-40.0]), atol=0.0,
               expected=(2 * SP_M40, np.array([-SP_M40]), np.array([SP_M40])))
    kata.check("generator_loss", np.array([40.0]), "non_saturating", atol=0.0,
               expected=(SP_M40, np.array([-SP_M40])))
    kata.check("generator_loss", np.array([-40.0]), "saturating", atol=0.0,
               expected=(-SP_M40, np.array([-SP_M40])))


def test_saturation_where_the_discriminator_rejects_the_fakes(kata):
    """f = −8 (D is sure the fakes are fake): the non-saturating gradient is ≈ −1, the saturating one only −σ(−8) = −0.000335."""
    kata.check("generator_loss", np.array([-8.0]), "non_saturating",
               expected=(8.000335406372896, np.array([-0.9996646498695336])))
    kata.check("generator_loss", np.array([-8.0]), "saturating",
               expected=(-0.00033540637289576885, np.array([-0.00033535013046647816])))


def _fd_check(kata, name, make_args, x, which, loss_index=0, h=1e-6):
    """The learner's gradient against central differences of the learner's own loss."""
    sets = [(make_args(x), {})]
    for i in range(x.size):
        plus, minus = x.copy(), x.copy()
        plus[i] += h
        minus[i] -= h
        sets += [(make_args(plus), {}), (make_args(minus), {})]
    results = kata.calls(name, sets)
    grad = np.asarray(results[0].value[which])
    for i in range(x.size):
        numeric = (results[1 + 2 * i].value[loss_index] - results[2 + 2 * i].value[loss_index]) / (2 * h)
        require(abs(numeric - grad[i]) <= 1e-6 + 1e-5 * abs(numeric),
                f"{name}: entry {i} of the gradient is {grad[i]!r}, but central differences of your loss give {numeric!r}")


def test_gradients_match_finite_differences(kata, rng):
    """Every gradient equals central differences (h = 1e-6) of the loss it belongs to."""
    r, f = rng.normal(0.0, 2.0, size=3), rng.normal(0.0, 2.0, size=4)
    _fd_check(kata, "discriminator_loss", lambda x: (x, f), r, which=1)
    _fd_check(kata, "discriminator_loss", lambda x: (r, x), f, which=2)
    _fd_check(kata, "generator_loss", lambda x: (x, "non_saturating"), f, which=1)
    _fd_check(kata, "generator_loss", lambda x: (x, "saturating"), f, which=1)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random batches (1 to 50 logits, scales up to 300), both generator losses."""
    discriminator, generator = [], []
    for n_real, n_fake in ((1, 1), (5, 2), (17, 33), (50, 50)):
        scale = float(rng.choice([1.0, 10.0, 300.0]))
        r, f = rng.normal(0.0, scale, size=n_real), rng.normal(0.0, scale, size=n_fake)
        discriminator.append(((r, f), {}))
        generator += [((f, "non_saturating"), {}), ((f, "saturating"), {})]
    kata.check_each("discriminator_loss", discriminator)
    kata.check_each("generator_loss", generator)


def test_generator_saturating_loss_is_never_positive(kata, rng):
    """log(1 − σ(f)) ≤ 0 for every f, and the non-saturating loss is ≥ 0."""
    f = rng.normal(0.0, 5.0, size=20)
    sat = kata.call("generator_loss", f, "saturating").value[0]
    ns = kata.call("generator_loss", f, "non_saturating").value[0]
    require(sat <= 0.0 and ns >= 0.0, f"expected saturating ≤ 0 and non-saturating ≥ 0, got {sat!r} and {ns!r}")
    require(math.isfinite(sat) and math.isfinite(ns), "the losses must be finite")


def test_integer_logits_give_float_results(kata):
    """Integer logits (0, 0) and (1,) work like floats: a float loss and float64 gradients."""
    kata.check("discriminator_loss", np.array([0, 0]), np.array([1]),
               expected=(LOG2 + 1.3132616875182228, np.array([-0.25, -0.25]), np.array([0.7310585786300049])))
    kata.check("generator_loss", np.array([0, 0]), "saturating", expected=(-LOG2, np.array([-0.25, -0.25])))


def test_validation(kata):
    """ValueError for logits that are not 1-D, an empty batch (real or fake) and an unknown kind."""
    kata.raises_each([
        ("ValueError", "discriminator_loss", (np.zeros((3, 1)), np.zeros(2)), {}),
        ("ValueError", "discriminator_loss", (np.zeros(3), np.zeros((2, 1))), {}),
        ("ValueError", "discriminator_loss", (np.array(0.5), np.zeros(2)), {}),
        ("ValueError", "discriminator_loss", (np.zeros(0), np.zeros(2)), {}),
        ("ValueError", "discriminator_loss", (np.zeros(2), np.zeros(0)), {}),
        ("ValueError", "generator_loss", (np.zeros(0),), {}),
        ("ValueError", "generator_loss", (np.zeros((2, 2)), "saturating"), {}),
        ("ValueError", "generator_loss", (np.zeros(2), "minimax"), {}),
        ("ValueError", "generator_loss", (np.zeros(0), "wasserstein"), {}),
    ])
