"""Hidden tests for losses/distillation_loss: distillation_loss(...) and distillation_loss_grad(...)."""
import numpy as np

from grader.testing import require

S = np.zeros((1, 2))
TEACH = np.array([[np.log(3.0), 0.0]])          # p_T = [3/4, 1/4] at T = 1
PT2 = np.array([0.6339745962155613, 0.36602540378443865])   # softmax([ln 3 / 2, 0]) = [√3, 1] / (√3 + 1)


def test_kl_only_by_hand(kata):
    """alpha = 1, T = 1: KL([3/4, 1/4] ‖ [1/2, 1/2]) = 0.75 ln 1.5 + 0.25 ln 0.5 = 0.130812."""
    kata.check("distillation_loss", S, TEACH, np.array([0]), 1.0, 1.0, expected=0.13081203594113697)


def test_temperature_and_t_squared_by_hand(kata):
    """T = 2: p_T = [0.63397, 0.36603]; soft = 4 · KL(p_T ‖ [1/2, 1/2]) = 0.145363 (the T² factor included)."""
    kata.check("distillation_loss", S, TEACH, np.array([0]), 2.0, 1.0, expected=0.14536313148189411)


def test_alpha_weights_the_soft_term(kata):
    """alpha = 0.3, T = 2, target 1: 0.3 · 0.145363 + 0.7 · ln 2 = 0.528812 (the hard CE is at temperature 1)."""
    kata.check("distillation_loss", S, TEACH, np.array([1]), 2.0, 0.3, expected=0.5288119658365299)


def test_alpha_zero_is_plain_cross_entropy(kata):
    """alpha = 0: the teacher and T do not matter; the loss is the mean cross-entropy at temperature 1."""
    s = np.array([[2.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    want = (np.log(np.exp(2.0) + 2.0) - 2.0 + np.log(3.0)) / 2
    kata.check("distillation_loss", s, np.array([[9.0, -4.0, 1.0], [0.1, 0.2, 0.3]]), np.array([0, 2]), 3.7, 0.0, expected=want)


def test_student_equal_to_teacher_has_no_soft_loss(kata):
    """Same logits: KL = 0 at any T, so alpha = 1 gives 0 and a zero gradient."""
    z = np.array([[0.7, -0.3, 1.1], [2.0, 0.0, -1.0]])
    kata.check("distillation_loss", z, z, np.array([0, 1]), 2.5, 1.0, expected=0.0)
    kata.check("distillation_loss_grad", z, z, np.array([0, 1]), 2.5, 1.0, expected=np.zeros((2, 3)))


def test_kl_direction_and_batchmean(kata):
    """KL(p_T ‖ p_S), not KL(p_S ‖ p_T), summed over classes and divided by N = 2 rows (not N·K)."""
    s = np.vstack([S, TEACH])
    t = np.vstack([TEACH, TEACH])
    # row 0: KL([3/4,1/4] ‖ [1/2,1/2]) = 0.130812; row 1: 0
    kata.check("distillation_loss", s, t, np.array([0, 0]), 1.0, 1.0, expected=0.13081203594113697 / 2)


def test_gradient_by_hand(kata):
    """alpha = 0.3, T = 2, target 1: 0.3·2·(½ − p_T) + 0.7·([½, ½] − [0, 1]) = [0.269615, −0.269615]."""
    d = 0.6 * (0.5 - PT2) + 0.7 * np.array([0.5, -0.5])
    kata.check("distillation_loss_grad", S, TEACH, np.array([1]), 2.0, 0.3, expected=d.reshape(1, 2))
    kata.check("distillation_loss_grad", S, TEACH, np.array([0]), 1.0, 1.0, expected=np.array([[-0.25, 0.25]]))


def test_logits_in_the_thousands_that_do_not_underflow(kata):
    """Student [c, c − 0.7], teacher [c − 0.7, c] for c = ±1000, T = 1, alpha = 1: KL = 0.7 · tanh(0.35) = 0.235463."""
    # p_T = [a, b], p_S = [b, a] with b − a = tanh(0.35): KL = (b − a) · ln(b / a) = 0.7 · tanh(0.35)
    for c in (1000.0, -1000.0):
        s, t = np.array([[c, c - 0.7]]), np.array([[c - 0.7, c]])
        kata.check("distillation_loss", s, t, np.array([0]), 1.0, 1.0, expected=0.7 * np.tanh(0.35))


def test_huge_logits_of_both_signs(kata):
    """Student [1000, −1000], teacher [−1000, 1000], T = 1: p_T = [0, 1], KL = 2000; alpha = 0.5 adds half of CE = 0."""
    s = np.array([[1000.0, -1000.0]])
    t = np.array([[-1000.0, 1000.0]])
    kata.check("distillation_loss", s, t, np.array([0]), 1.0, 1.0, expected=2000.0)
    kata.check("distillation_loss", s, t, np.array([0]), 1.0, 0.5, expected=1000.0)
    kata.check("distillation_loss_grad", s, t, np.array([1]), 1.0, 0.5, expected=np.array([[1.0, -1.0]]))
    kata.check("distillation_loss", t, s, np.array([1]), 10.0, 1.0, expected=100.0 * 200.0)


def test_one_class(kata):
    """K = 1: every softmax is 1, the loss and the gradient are 0."""
    kata.check("distillation_loss", np.array([[3.0]]), np.array([[-2.0]]), np.array([0]), 2.0, 0.5, expected=0.0)
    kata.check("distillation_loss_grad", np.array([[3.0]]), np.array([[-2.0]]), np.array([0]), 2.0, 0.5, expected=np.zeros((1, 1)))


def test_validation(kata):
    """ValueError: 1-D logits, N = 0, shapes that differ, targets out of range (3 or −1) or mis-shaped, T <= 0, alpha outside [0, 1]."""
    z, y = np.zeros((2, 3)), np.array([0, 1])
    cases = []
    for name in ("distillation_loss", "distillation_loss_grad"):
        cases.append(("ValueError", name, (np.zeros(3), np.zeros(3), np.array([0])), {}))
        cases.append(("ValueError", name, (np.zeros((0, 3)), np.zeros((0, 3)), np.zeros(0, dtype=np.int64)), {}))
        cases.append(("ValueError", name, (z, np.zeros((2, 4)), y), {}))
        cases.append(("ValueError", name, (z, z, np.array([0, 3])), {}))
        cases.append(("ValueError", name, (z, z, np.array([0, -1])), {}))
        cases.append(("ValueError", name, (z, z, np.array([0])), {}))
        cases.append(("ValueError", name, (z, z, y, 0.0), {}))
        cases.append(("ValueError", name, (z, z, y, 1.0, 1.2), {}))
        cases.append(("ValueError", name, (z, z, y, 1.0, -0.1), {}))
    kata.raises_each(cases)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits, K in 1..10, T in [0.5, 8], alpha in [0, 1]: loss and gradient."""
    sets_distillation_loss, sets_distillation_loss_grad = [], []
    for n, k in ((1, 1), (3, 2), (20, 10), (7, 5)):
        s = rng.normal(0.0, float(rng.choice([1.0, 20.0])), size=(n, k))
        t = rng.normal(0.0, 3.0, size=(n, k))
        y = rng.integers(0, k, size=n)
        T, a = float(rng.uniform(0.5, 8.0)), float(rng.uniform(0.0, 1.0))
        sets_distillation_loss.append(((s, t, y, T, a), {}))
        sets_distillation_loss_grad.append(((s, t, y, T, a), {}))
    kata.check_each("distillation_loss", sets_distillation_loss)
    kata.check_each("distillation_loss_grad", sets_distillation_loss_grad)


def test_gradient_matches_finite_differences(kata, rng):
    """The learner's gradient equals central differences of the reference loss (T = 3, alpha = 0.7)."""
    s, t = rng.normal(0.0, 2.0, size=(3, 4)), rng.normal(0.0, 2.0, size=(3, 4))
    y = np.array([0, 3, 1])
    g = kata.call("distillation_loss_grad", s, t, y, 3.0, 0.7).value
    h = 1e-6
    fd = np.zeros_like(s)
    for i in range(3):
        for j in range(4):
            p, m = s.copy(), s.copy()
            p[i, j] += h
            m[i, j] -= h
            fd[i, j] = (kata.expected("distillation_loss", p, t, y, 3.0, 0.7) - kata.expected("distillation_loss", m, t, y, 3.0, 0.7)) / (2 * h)
    require(np.allclose(g, fd, rtol=1e-5, atol=1e-8), "your gradient differs from finite differences of the loss")
