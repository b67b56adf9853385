"""Hidden tests for numerics/bce_with_logits: bce_with_logits(logits, targets) -> mean loss."""
import numpy as np

from grader.testing import require

LN2, LN3, LN4 = (float(np.log(v)) for v in (2.0, 3.0, 4.0))


def test_zero_logits_by_hand(kata):
    """z = [0, 0], y = [1, 0]: σ(0) = 1/2, each loss is log 2, the mean is log 2."""
    kata.check("bce_with_logits", np.array([0.0, 0.0]), np.array([1.0, 0.0]), expected=LN2)


def test_both_targets_by_hand(kata):
    """z = [ln 3, ln 3], y = [1, 0]: p = 3/4, losses log(4/3) and log 4, mean ln 4 − (ln 3)/2."""
    # −log(3/4) = ln 4 − ln 3; −log(1/4) = ln 4. Mean: ln 4 − ln 3 / 2.
    kata.check("bce_with_logits", np.array([LN3, LN3]), np.array([1.0, 0.0]), expected=LN4 - LN3 / 2)


def test_soft_target_by_hand(kata):
    """z = [ln 3], y = [0.25]: −(0.25·log(3/4) + 0.75·log(1/4)) = ln 4 − 0.25·ln 3."""
    kata.check("bce_with_logits", np.array([LN3]), np.array([0.25]), expected=LN4 - 0.25 * LN3)


def test_confidently_wrong_huge_logits(kata):
    """z = −1000 with y = 1, and z = 1000 with y = 0: the loss is 1000 (σ rounds to 0 or 1, log(0) = −inf)."""
    # max(−1000, 0) − (−1000)(1) + log1p(e^−1000) = 1000;  max(1000, 0) − 0 + log1p(e^−1000) = 1000.
    kata.check("bce_with_logits", np.array([-1000.0]), np.array([1.0]), expected=1000.0)
    kata.check("bce_with_logits", np.array([1000.0]), np.array([0.0]), expected=1000.0)


def test_confidently_right_huge_logits(kata):
    """z = [1000, −1000], y = [1, 0]: both losses are 0."""
    kata.check("bce_with_logits", np.array([1000.0, -1000.0]), np.array([1.0, 0.0]), expected=0.0)


def test_tiny_loss_keeps_relative_accuracy(kata):
    """z = [40, −40], y = [1, 0]: each loss is log1p(e^−40) ≈ 4.25e-18, not 0 (no absolute tolerance)."""
    # log1p(u) = u − u²/2 + … = u to double precision for u = e^−40.
    kata.check("bce_with_logits", np.array([40.0, -40.0]), np.array([1.0, 0.0]),
               expected=float(np.exp(-40.0)), atol=0.0)   # atol 0: the default 1e-9 would accept 0.0


def test_mean_over_a_two_dimensional_batch(kata):
    """A (2, 2) batch: the mean is over all 4 entries: (ln 2 + ln 2 + ln 4 + 0) / 4."""
    # z = 0 gives ln 2 whatever y; z = ln 3 with y = 0 gives ln 4; z = 1000 with y = 1 gives 0.
    kata.check("bce_with_logits", np.array([[0.0, 0.0], [LN3, 1000.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]),
               expected=(2 * LN2 + LN4) / 4)


def test_integer_targets(kata):
    """Targets given as ints [1, 0] work like floats: log 2 for z = [0, 0]."""
    kata.check("bce_with_logits", np.array([0.0, 0.0]), np.array([1, 0]), expected=LN2)


def test_single_example(kata):
    """A batch of one, z = [ln 3], y = [1]: log(4/3)."""
    kata.check("bce_with_logits", np.array([LN3]), np.array([1.0]), expected=LN4 - LN3)


def test_matches_reference_on_random_batches(kata, rng):
    """Random logits of scale 1 to 100 with hard and soft targets."""
    arg_sets = []
    for scale in (1.0, 10.0, 100.0):
        n = int(rng.integers(1, 30))
        z = rng.normal(0.0, scale, size=n)
        arg_sets.append(((z, rng.integers(0, 2, size=n).astype(float)), {}))
        arg_sets.append(((z, rng.uniform(0.0, 1.0, size=n)), {}))
    kata.check_each("bce_with_logits", arg_sets)


def test_empty_batch_raises(kata):
    """An empty batch raises ValueError (the mean of no losses is undefined)."""
    kata.raises("ValueError", "bce_with_logits", np.zeros(0), np.zeros(0))


def test_shape_mismatch_raises(kata):
    """Shapes (3,) and (3, 1) must not broadcast: ValueError. So must (3,) and (2,)."""
    kata.raises("ValueError", "bce_with_logits", np.zeros(3), np.zeros((3, 1)))
    kata.raises("ValueError", "bce_with_logits", np.zeros(3), np.zeros(2))


def test_gradient_matches_sigmoid_minus_target(kata, rng):
    """Central differences of the loss in each logit equal (σ(z) − y) / n."""
    z = rng.normal(0.0, 2.0, size=4)
    y = np.array([1.0, 0.0, 0.3, 1.0])
    h = 1e-5
    arg_sets = []
    for i in range(4):
        up, down = z.copy(), z.copy()
        up[i] += h
        down[i] -= h
        arg_sets += [((up, y), {}), ((down, y), {})]
    results = kata.calls("bce_with_logits", arg_sets)
    for i in range(4):
        f_up, f_down = results[2 * i].value, results[2 * i + 1].value
        slope = (float(f_up) - float(f_down)) / (2 * h)
        want = (1.0 / (1.0 + np.exp(-z[i])) - y[i]) / 4
        require(abs(slope - want) < 1e-6,
                f"d loss / d z[{i}] should be (σ(z) − y)/n = {want:.6f}, but finite differences give {slope:.6f}")


def test_loss_is_a_float_and_not_negative(kata, rng):
    """The mean loss is a float ≥ 0 for hard and soft targets."""
    z = rng.normal(0.0, 5.0, size=10)
    result = kata.check("bce_with_logits", z, rng.uniform(0.0, 1.0, size=10))
    require(result.value >= 0, f"{result.shown} should be ≥ 0, got {result.value}")
