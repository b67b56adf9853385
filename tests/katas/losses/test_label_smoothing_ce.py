"""Hidden tests for losses/label_smoothing_ce: label_smoothing_ce(...) and label_smoothing_ce_grad(...)."""
import numpy as np

from grader.testing import require

LOG3 = 1.0986122886681098
Z4 = np.array([[0.7, -0.3, 0.0, 1.2]])
SOFT4 = np.array([0.2846419163521827, 0.10471390912160944, 0.14134899250351765, 0.46929518202269027])


def test_uniform_logits_cost_log_k_whatever_epsilon(kata):
    """All-zero logits over K = 3: −Σ q_k log(1/3) = log 3 for ε = 0, 0.1 and 1."""
    for eps in (0.0, 0.1, 1.0):
        kata.check("label_smoothing_ce", np.zeros((2, 3)), np.array([0, 2]), eps, expected=LOG3)


def test_epsilon_over_k_goes_to_every_class_by_hand(kata):
    """logits [2, 0, 0], target 0, ε = 0.1: q = [0.9 + 0.1/3, 0.1/3, 0.1/3], loss = lse − 2 + 0.4/3 = 0.37288."""
    kata.check("label_smoothing_ce", np.array([[2.0, 0.0, 0.0]]), np.array([0]), 0.1, expected=0.3728780995552179)


def test_non_dyadic_four_classes_by_hand(kata):
    """logits [0.7, −0.3, 0, 1.2], target 2, ε = 0.1: q = [0.025, 0.025, 0.925, 0.025], loss = 1.91652."""
    kata.check("label_smoothing_ce", Z4, np.array([2]), 0.1, expected=1.9165233225402594)


def test_epsilon_zero_is_plain_cross_entropy(kata):
    """ε = 0: −log softmax at the target (−log 0.141349 = 1.95649)."""
    kata.check("label_smoothing_ce", Z4, np.array([2]), 0.0, expected=-np.log(SOFT4[2]))


def test_epsilon_one_ignores_the_target(kata):
    """ε = 1: q is uniform, loss = logsumexp − mean(logits) = 1.57288 for [2, 0, 0], whatever the target."""
    for target in (0, 1):
        kata.check("label_smoothing_ce", np.array([[2.0, 0.0, 0.0]]), np.array([target]), 1.0, expected=1.572878099555218)


def test_huge_logits_of_both_signs(kata):
    """[1000, −1000]: target 1 costs (0.9 + 0.05)·2000 = 1900, target 0 costs 0.05·2000 = 100; [−1000, −3000] the same."""
    kata.check("label_smoothing_ce", np.array([[1000.0, -1000.0], [1000.0, -1000.0]]), np.array([1, 0]), 0.1,
               reduction="none", expected=np.array([1900.0, 100.0]))
    kata.check("label_smoothing_ce", np.array([[-1000.0, -3000.0]]), np.array([1]), 0.1, expected=1900.0)
    g = kata.check("label_smoothing_ce_grad", np.array([[-1000.0, -3000.0]]), np.array([1]), 0.1,
                   expected=np.array([[0.95, -0.95]])).value
    require(np.all(np.isfinite(g)), "the gradient must stay finite for logits in the thousands")


def test_reductions(kata):
    """Two rows 0.37288 and log 3: "sum" adds them, "mean" halves the sum, "none" keeps both."""
    z = np.array([[2.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    y = np.array([0, 1])
    kata.check("label_smoothing_ce", z, y, 0.1, reduction="none", expected=np.array([0.3728780995552179, LOG3]))
    kata.check("label_smoothing_ce", z, y, 0.1, reduction="sum", expected=0.3728780995552179 + LOG3)
    kata.check("label_smoothing_ce", z, y, 0.1, reduction="mean", expected=(0.3728780995552179 + LOG3) / 2)


def test_ignored_rows_cost_nothing_and_do_not_count(kata):
    """ignore_index = −100: the ignored row is 0 in "none", and "mean" divides by the ONE row that counts."""
    z = np.array([[2.0, 0.0, 0.0], [0.0, 5.0, 0.0]])
    y = np.array([0, -100])
    kata.check("label_smoothing_ce", z, y, 0.1, -100, "none", expected=np.array([0.3728780995552179, 0.0]))
    kata.check("label_smoothing_ce", z, y, 0.1, -100, "mean", expected=0.3728780995552179)
    kata.check("label_smoothing_ce", z, y, 0.1, -100, "sum", expected=0.3728780995552179)


def test_ignore_index_can_be_a_real_class(kata):
    """ignore_index = 1 inside [0, K): rows with target 1 are dropped, the others keep their loss."""
    z = np.array([[2.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 0.0]])
    kata.check("label_smoothing_ce", z, np.array([0, 1, 2]), 0.1, 1, expected=(0.3728780995552179 + LOG3) / 2)


def test_ignore_index_defaults_to_none_not_minus_100(kata):
    """ignore_index defaults to None (not PyTorch's −100): a target −100 is then out of range, a ValueError."""
    z, y = np.zeros((2, 3)), np.array([0, -100])
    kata.raises_each([
        ("ValueError", "label_smoothing_ce", (z, y), {}),
        ("ValueError", "label_smoothing_ce", (z, y, 0.1), {"reduction": "sum"}),
        ("ValueError", "label_smoothing_ce_grad", (z, y), {}),
        ("ValueError", "label_smoothing_ce_grad", (z, y, 0.1), {}),
    ])


def test_no_row_counts(kata):
    """Every row ignored, or N = 0: "mean" is nan, "sum" is 0.0, "none" is zeros, the gradient is zeros."""
    z = np.array([[2.0, 0.0, 0.0]])
    y = np.array([-1])
    got = kata.call("label_smoothing_ce", z, y, 0.1, -1).value
    require(isinstance(got, float) and np.isnan(got), f'all rows ignored, "mean": expected the float nan, got {got!r}')
    kata.check("label_smoothing_ce", z, y, 0.1, -1, "sum", expected=0.0)
    kata.check("label_smoothing_ce", z, y, 0.1, -1, "none", expected=np.zeros(1))
    kata.check("label_smoothing_ce_grad", z, y, 0.1, -1, expected=np.zeros((1, 3)))
    e, ey = np.zeros((0, 4)), np.zeros(0, dtype=np.int64)
    got = kata.call("label_smoothing_ce", e, ey, 0.1).value
    require(isinstance(got, float) and np.isnan(got), f'N = 0, "mean": expected the float nan, got {got!r}')
    kata.check("label_smoothing_ce", e, ey, 0.1, reduction="none", expected=np.zeros(0))
    kata.check("label_smoothing_ce_grad", e, ey, 0.1, expected=np.zeros((0, 4)))


def test_one_class(kata):
    """K = 1: softmax is 1, every loss is 0 and so is the gradient, for any ε."""
    kata.check("label_smoothing_ce", np.array([[3.7], [-2.0]]), np.array([0, 0]), 0.3, expected=0.0)
    kata.check("label_smoothing_ce_grad", np.array([[3.7], [-2.0]]), np.array([0, 0]), 0.3, expected=np.zeros((2, 1)))


def test_gradient_by_hand(kata):
    """softmax − q over the rows that count: the second row is ignored, so M = 1 and it gets zeros."""
    z = np.vstack([Z4, [[1.0, 2.0, 3.0, 4.0]]])
    q = np.array([0.025, 0.025, 0.925, 0.025])
    kata.check("label_smoothing_ce_grad", z, np.array([2, 7]), 0.1, 7, expected=np.vstack([SOFT4 - q, np.zeros(4)]))
    kata.check("label_smoothing_ce_grad", np.vstack([Z4, Z4]), np.array([2, 2]), 0.1,
               expected=np.vstack([SOFT4 - q, SOFT4 - q]) / 2)


def test_validation(kata):
    """ValueError: 1-D logits, K = 0, targets of the wrong shape, a target out of range, ε outside [0, 1], a bad reduction."""
    z, y = np.zeros((2, 3)), np.array([0, 1])
    kata.raises_each([
        ("ValueError", "label_smoothing_ce", (np.zeros(3), np.array([0])), {}),
        ("ValueError", "label_smoothing_ce", (np.zeros((2, 0)), y), {}),
        ("ValueError", "label_smoothing_ce", (z, np.array([0, 1, 2])), {}),
        ("ValueError", "label_smoothing_ce", (z, np.array([0, 3])), {}),
        ("ValueError", "label_smoothing_ce", (z, np.array([-1, 0])), {}),
        ("ValueError", "label_smoothing_ce", (z, np.array([-1, 3]), 0.0, -1), {}),
        ("ValueError", "label_smoothing_ce", (z, y, 1.1), {}),
        ("ValueError", "label_smoothing_ce", (z, y, -0.1), {}),
        ("ValueError", "label_smoothing_ce", (z, y, 0.1, None, "batchmean"), {}),
        ("ValueError", "label_smoothing_ce_grad", (z, np.array([0, 3])), {}),
        ("ValueError", "label_smoothing_ce_grad", (z, y, 1.5), {}),
    ])


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits (scale up to 30), K in 1..10, some rows ignored, every reduction and the gradient."""
    losses, grads = [], []
    for n, k in ((1, 1), (5, 2), (20, 10), (50, 7)):
        z = rng.normal(0.0, float(rng.choice([1.0, 30.0])), size=(n, k))
        y = rng.integers(0, k, size=n)
        y[rng.random(n) < 0.2] = -100
        eps = float(rng.uniform(0.0, 1.0))
        for reduction in ("none", "mean", "sum"):
            losses.append(((z, y, eps, -100, reduction), {}))
        grads.append(((z, y, eps, -100), {}))
    kata.check_each("label_smoothing_ce", losses)
    kata.check_each("label_smoothing_ce_grad", grads)


def test_gradient_matches_finite_differences(kata, rng):
    """The learner's gradient equals central differences of the reference's mean loss."""
    z = rng.normal(0.0, 2.0, size=(4, 5))
    y = np.array([0, 4, -100, 2])
    g = kata.call("label_smoothing_ce_grad", z, y, 0.2, -100).value
    h = 1e-6
    fd = np.zeros_like(z)
    for i in range(4):
        for j in range(5):
            p, m = z.copy(), z.copy()
            p[i, j] += h
            m[i, j] -= h
            fd[i, j] = (kata.expected("label_smoothing_ce", p, y, 0.2, -100) - kata.expected("label_smoothing_ce", m, y, 0.2, -100)) / (2 * h)
    require(np.allclose(g, fd, rtol=1e-5, atol=1e-8), "your gradient differs from finite differences of the mean loss")
