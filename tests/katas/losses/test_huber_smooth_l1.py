"""Hidden tests for losses/huber_smooth_l1: huber_loss, smooth_l1_loss and their gradients huber_grad, smooth_l1_grad."""
import numpy as np

from grader.testing import require

D = np.array([0.3, -0.7, 0.7, -2.5, 0.0])   # residuals (target = 0)
Z = np.zeros(5)


def test_huber_by_hand(kata):
    """delta = 0.7: 0.5·0.09 = 0.045 inside, 0.7·(|d| − 0.35) outside: [0.045, 0.245, 0.245, 1.505, 0]."""
    kata.check("huber_loss", D, Z, 0.7, "none", expected=np.array([0.045, 0.245, 0.245, 1.505, 0.0]))


def test_smooth_l1_by_hand(kata):
    """beta = 0.7: 0.045 / 0.7 inside, |d| − 0.35 outside: [0.0642857, 0.35, 0.35, 2.15, 0]."""
    kata.check("smooth_l1_loss", D, Z, 0.7, "none", expected=np.array([0.045 / 0.7, 0.35, 0.35, 2.15, 0.0]))


def test_the_two_differ_by_the_factor_delta(kata):
    """huber(delta = 2.5) = 2.5 · smooth_l1(beta = 2.5) on the same residuals; they agree when both are 1."""
    x, y = np.array([0.1, 1.9, -4.0]), np.array([-0.6, 0.0, 0.3])
    kata.check("huber_loss", x, y, 2.5, "none", expected=np.array([0.245, 1.805, 2.5 * (4.3 - 1.25)]))
    kata.check("smooth_l1_loss", x, y, 2.5, "none", expected=np.array([0.245 / 2.5, 1.805 / 2.5, 4.3 - 1.25]))
    kata.check("huber_loss", x, y, 1.0, "none", expected=np.array([0.245, 1.4, 3.8]))
    kata.check("smooth_l1_loss", x, y, 1.0, "none", expected=np.array([0.245, 1.4, 3.8]))


def test_beta_zero_is_l1(kata):
    """beta = 0: the loss is |d| and the gradient sign(d), with sign(0) = 0 (no division by zero)."""
    kata.check("smooth_l1_loss", D, Z, 0.0, "none", expected=np.array([0.3, 0.7, 0.7, 2.5, 0.0]))
    kata.check("smooth_l1_grad", D, Z, 0.0, "sum", expected=np.array([1.0, -1.0, 1.0, -1.0, 0.0]))
    kata.check("smooth_l1_loss", D, Z, 0.0, "mean", expected=4.2 / 5)


def test_gradients_by_hand(kata):
    """Huber (delta 0.7): d inside, ±0.7 outside; smooth L1 (beta 0.7): d / 0.7 inside, ±1 outside; "mean" divides by 5."""
    hub = np.array([0.3, -0.7, 0.7, -0.7, 0.0])
    kata.check("huber_grad", D, Z, 0.7, "sum", expected=hub)
    kata.check("huber_grad", D, Z, 0.7, "mean", expected=hub / 5)
    sl1 = np.array([0.3 / 0.7, -1.0, 1.0, -1.0, 0.0])
    kata.check("smooth_l1_grad", D, Z, 0.7, "sum", expected=sl1)
    kata.check("smooth_l1_grad", D, Z, 0.7, "mean", expected=sl1 / 5)


def test_gradient_is_with_respect_to_input(kata):
    """d = input − target: moving the target up pushes the gradient on the input negative."""
    kata.check("huber_grad", np.array([0.0]), np.array([0.4]), 1.0, "sum", expected=np.array([-0.4]))
    kata.check("smooth_l1_grad", np.array([0.0]), np.array([5.0]), 1.0, "sum", expected=np.array([-1.0]))


def test_reductions_over_all_elements(kata):
    """A (2, 2) input: "sum" adds the four, "mean" divides by 4 (not by the 2 rows)."""
    x = np.array([[0.3, -0.7], [2.0, 0.0]])
    y = np.zeros((2, 2))
    total = 0.045 + 0.245 + 1.5          # 0.5·0.09, 0.5·0.49, 2 − 0.5, 0
    kata.check("huber_loss", x, y, 1.0, "sum", expected=total)
    kata.check("huber_loss", x, y, 1.0, "mean", expected=total / 4)
    kata.check("smooth_l1_loss", x, y, 1.0, "none", expected=np.array([[0.045, 0.245], [1.5, 0.0]]))


def test_extremes_of_both_signs(kata):
    """d = ±1e6: linear branch, 1e6 − 0.5 for both losses at 1; a huge delta makes Huber half the squared error."""
    x = np.array([1e6, -1e6])
    kata.check("huber_loss", x, np.zeros(2), 1.0, "none", expected=np.array([999999.5, 999999.5]))
    kata.check("smooth_l1_loss", x, np.zeros(2), 1.0, "none", expected=np.array([999999.5, 999999.5]))
    kata.check("huber_grad", x, np.zeros(2), 1.0, "sum", expected=np.array([1.0, -1.0]))
    kata.check("huber_loss", np.array([3.0, -0.1]), np.zeros(2), 1e9, "none", expected=np.array([4.5, 0.005]))


def test_empty_input(kata):
    """No elements: "sum" is 0.0, "mean" is nan, "none" and the gradients are empty arrays."""
    e = np.zeros(0)
    kata.check("huber_loss", e, e, 1.0, "sum", expected=0.0)
    kata.check("smooth_l1_loss", e, e, 1.0, "none", expected=np.zeros(0))
    kata.check("huber_grad", e, e, 1.0, "mean", expected=np.zeros(0))
    kata.check("smooth_l1_grad", e, e, 0.0, "mean", expected=np.zeros(0))
    for name in ("huber_loss", "smooth_l1_loss"):
        got = kata.call(name, e, e, 1.0, "mean").value
        require(isinstance(got, float) and np.isnan(got), f'{name} of an empty input with "mean": expected the float nan, got {got!r}')


def test_validation(kata):
    """ValueError: shapes that differ, delta <= 0, beta < 0, an unknown reduction, "none" for the gradients."""
    a, b = np.zeros(3), np.zeros(2)
    cases = []
    for name in ("huber_loss", "smooth_l1_loss", "huber_grad", "smooth_l1_grad"):
        cases.append(("ValueError", name, (a, b), {}))
        cases.append(("ValueError", name, (np.zeros((3, 1)), a), {}))
        cases.append(("ValueError", name, (a, a, 1.0, "max"), {}))
    cases.append(("ValueError", "huber_loss", (a, a, 0.0), {}))
    cases.append(("ValueError", "huber_loss", (a, a, -1.0), {}))
    cases.append(("ValueError", "huber_grad", (a, a, 0.0), {}))
    cases.append(("ValueError", "smooth_l1_loss", (a, a, -0.5), {}))
    cases.append(("ValueError", "smooth_l1_grad", (a, a, -0.5), {}))
    cases.append(("ValueError", "huber_grad", (a, a, 1.0, "none"), {}))
    cases.append(("ValueError", "smooth_l1_grad", (a, a, 1.0, "none"), {}))
    kata.raises_each(cases)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random residuals on several scales, delta / beta in (0, 3] and beta = 0, every reduction and both gradients."""
    sets = {"huber_loss": [], "smooth_l1_loss": [], "huber_grad": [], "smooth_l1_grad": []}
    for shape in ((1,), (30,), (5, 7)):
        x = rng.normal(0.0, float(rng.choice([0.5, 3.0, 100.0])), size=shape)
        y = rng.normal(0.0, 1.0, size=shape)
        for p in (float(rng.uniform(0.05, 3.0)), 1.0):
            for reduction in ("none", "mean", "sum"):
                sets["huber_loss"].append(((x, y, p, reduction), {}))
                sets["smooth_l1_loss"].append(((x, y, p, reduction), {}))
            sets["huber_grad"].append(((x, y, p, "mean"), {}))
            sets["smooth_l1_grad"].append(((x, y, p, "sum"), {}))
        sets["smooth_l1_loss"].append(((x, y, 0.0, "mean"), {}))
        sets["smooth_l1_grad"].append(((x, y, 0.0, "mean"), {}))
    for name, arg_sets in sets.items():
        kata.check_each(name, arg_sets)


def test_gradients_match_finite_differences(kata, rng):
    """The learner's gradients equal central differences of the reference's mean losses (no residual near a kink)."""
    x = np.array([0.2, -0.45, 1.6, -3.1, 0.9, 2.2])
    y = rng.normal(0.0, 0.05, size=6)
    h = 1e-6
    for loss, grad, p in (("huber_loss", "huber_grad", 1.3), ("smooth_l1_loss", "smooth_l1_grad", 0.8)):
        g = kata.call(grad, x, y, p, "mean").value
        fd = np.zeros(6)
        for i in range(6):
            xp, xm = x.copy(), x.copy()
            xp[i] += h
            xm[i] -= h
            fd[i] = (kata.expected(loss, xp, y, p) - kata.expected(loss, xm, y, p)) / (2 * h)
        require(np.allclose(g, fd, rtol=1e-5, atol=1e-8), f"{grad} differs from finite differences of {loss}")
