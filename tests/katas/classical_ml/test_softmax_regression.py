"""Hidden tests for classical_ml/softmax_regression: fit_softmax_regression(X, y, *, n_classes, learning_rate, n_steps, l2=0.0) and predict_softmax_regression(X, W, b)."""
import math

import numpy as np

from grader.testing import require

LOG2, LOG3 = math.log(2.0), math.log(3.0)


def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_one_step_by_hand(kata):
    """X = [[1], [−1]], y = [0, 1], k = 2, rate 1: W = [[0.5, −0.5]], b = [0, 0], losses = [log 2]."""
    # P = 0.5 everywhere; G = (P − Y)/2 = [[−0.25, 0.25], [0.25, −0.25]];
    # grad_W = 1·G[0] + (−1)·G[1] = [−0.5, 0.5]; grad_b = G[0] + G[1] = [0, 0].
    kata.check("fit_softmax_regression", np.array([[1.0], [-1.0]]), np.array([0, 1]), n_classes=2,
               learning_rate=1.0, n_steps=1,
               expected=(np.array([[0.5, -0.5]]), np.zeros(2), np.array([LOG2])))


def test_three_classes_and_an_empty_class_by_hand(kata):
    """k = 3 with only class 0 in y, rate 3, l2 = 1, two steps: W stays 0 and only b moves."""
    # X = [[1], [−1]], y = [0, 0]. Step 0: P = 1/3, each row of P − Y is [−2/3, 1/3, 1/3], G = that / 2.
    # grad_W = 1·G[0] − 1·G[1] = 0; grad_b = [−2/3, 1/3, 1/3]; b = −3·grad_b = [2, −1, −1]. Loss log 3.
    # Step 1: scores = b, p₀ = 1/(1 + 2e⁻³), p₁ = p₂ = e⁻³/(1 + 2e⁻³); loss = −log p₀ = log(1 + 2e⁻³).
    # grad_W = 0 again (l2·W = 0), grad_b = [p₀ − 1, p₁, p₂]: b = [2 + 3(1 − p₀), −1 − 3p₁, −1 − 3p₁].
    e = math.exp(-3.0)
    p0, p1 = 1 / (1 + 2 * e), e / (1 + 2 * e)
    kata.check("fit_softmax_regression", np.array([[1.0], [-1.0]]), np.array([0, 0]), n_classes=3,
               learning_rate=3.0, n_steps=2, l2=1.0,
               expected=(np.zeros((1, 3)), np.array([2 + 3 * (1 - p0), -1 - 3 * p1, -1 - 3 * p1]),
                         np.array([LOG3, math.log(1 + 2 * e)])))


def test_l2_penalty_by_hand(kata):
    """X = [[1], [−1]], y = [0, 1], rate 1, l2 = 0.5, two steps: loss₁ = log(1 + e⁻¹) + (0.5/2)·(0.5² + 0.5²)."""
    # Step 0: W = [[0.5, −0.5]]. Step 1: row scores [0.5, −0.5] and [−0.5, 0.5], each sample's
    # correct class has probability σ(1): loss = log(1 + e⁻¹) + 0.25·0.5 = 0.313262 + 0.125.
    # Data gradient XᵀG = [−σ(−1), σ(−1)], penalty l2·W = [0.25, −0.25]:
    # W = [0.5 + σ(−1) − 0.25, −(0.5 + σ(−1) − 0.25)]; b stays 0 by symmetry.
    w = 0.25 + _sigmoid(-1.0)
    kata.check("fit_softmax_regression", np.array([[1.0], [-1.0]]), np.array([0, 1]), n_classes=2,
               learning_rate=1.0, n_steps=2, l2=0.5,
               expected=(np.array([[w, -w]]), np.zeros(2), np.array([LOG2, math.log1p(math.exp(-1.0)) + 0.125])))


def test_large_score_gaps_give_exact_finite_losses(kata):
    """Rate 30 gives scores of ±495 after one step: e^−990 underflows to 0, yet loss₁ must be exactly 330."""
    # X = [[10], [−10], [10]], y = [0, 1, 1], k = 2. Step 0: grad_W = [−5/3, 5/3], grad_b = [1/6, −1/6],
    # so W = [[50, −50]], b = [−5, 5]. Scores: [495, −495], [−505, 505], [495, −495].
    # Samples 0 and 1 are right by a huge margin (loss 0); sample 2 (class 1) costs 990: loss = 330.
    # Step 1: P − Y = [[0, 0], [0, 0], [1, −1]]: grad_W = [10/3, −10/3], grad_b = [1/3, −1/3],
    # so W = [[50 − 100, −50 + 100]] = [[−50, 50]] and b = [−5 − 10, 5 + 10] = [−15, 15].
    kata.check("fit_softmax_regression", np.array([[10.0], [-10.0], [10.0]]), np.array([0, 1, 1]), n_classes=2,
               learning_rate=30.0, n_steps=2,
               expected=(np.array([[-50.0, 50.0]]), np.array([-15.0, 15.0]), np.array([LOG2, 330.0])))


def test_huge_scores_give_exact_finite_losses(kata):
    """Rate 100 makes scores of ±1650 after one step: loss₁ must be exactly 1100, and W, b finite."""
    # X = [[10], [−10], [10]], y = [0, 1, 1], k = 2. Step 0: grad_W = [−5/3, 5/3], grad_b = [1/6, −1/6],
    # so W = [[500/3, −500/3]], b = [−50/3, 50/3]. Scores: [1650, −1650], [−1683.3, 1683.3], [1650, −1650].
    # Samples 0 and 1 are right by a huge margin (loss 0); sample 2 (class 1) costs 3300: loss = 1100.
    # Step 1: P − Y = [[0, 0], [0, 0], [1, −1]]: grad_W = [10/3, −10/3], grad_b = [1/3, −1/3].
    kata.check("fit_softmax_regression", np.array([[10.0], [-10.0], [10.0]]), np.array([0, 1, 1]), n_classes=2,
               learning_rate=100.0, n_steps=2,
               expected=(np.array([[-500 / 3, 500 / 3]]), np.array([-50.0, 50.0]), np.array([LOG2, 1100.0])))


def test_fit_matches_reference_on_random_problems(kata, rng):
    """Random data sets with 2 to 5 classes (some classes possibly absent), rates, penalties and steps."""
    arg_sets = []
    for trial in range(10):
        n, d, k = int(rng.integers(4, 40)), int(rng.integers(1, 5)), int(rng.integers(2, 6))
        X = rng.standard_normal((n, d))
        y = np.argmax(X @ rng.standard_normal((d, k)) + rng.standard_normal((n, k)), axis=1)
        l2 = 0.0 if trial % 3 == 0 else float(rng.uniform(0.01, 0.5))
        arg_sets.append(((X, y), dict(n_classes=k, learning_rate=float(rng.uniform(0.05, 1.0)),
                                      n_steps=int(rng.integers(1, 25)), l2=l2)))
    kata.check_each("fit_softmax_regression", arg_sets)


def test_zero_steps(kata):
    """n_steps = 0: (zeros((d, k)), zeros(k), an empty float64 array)."""
    kata.check("fit_softmax_regression", np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0, 2]), n_classes=3,
               learning_rate=0.1, n_steps=0, expected=(np.zeros((2, 3)), np.zeros(3), np.zeros(0)))


def test_labels_out_of_range_raise(kata):
    """A label equal to n_classes, or a negative label, raises ValueError (n_classes − 1 is fine)."""
    X = np.array([[1.0], [2.0], [3.0]])
    kata.raises("ValueError", "fit_softmax_regression", X, np.array([0, 1, -1]), n_classes=3,
                learning_rate=0.1, n_steps=1)
    kata.raises("ValueError", "fit_softmax_regression", X, np.array([0, 3, 1]), n_classes=3,
                learning_rate=0.1, n_steps=1)


def test_loss_falls_with_a_small_enough_rate(kata, rng):
    """With learning rate 1/L (L bounds the gradient's Lipschitz constant) the loss falls at every step."""
    X = rng.standard_normal((60, 3))
    y = np.argmax(X @ rng.standard_normal((3, 4)), axis=1)
    l2 = 0.05
    L = np.linalg.eigvalsh(X.T @ X / 60).max() + 1.0 + l2
    result = kata.call("fit_softmax_regression", X, y, n_classes=4, learning_rate=float(1 / L), n_steps=30, l2=l2)
    losses = np.asarray(result.value[2], dtype=float)
    require(losses.shape == (30,), f"{result.shown} should return 30 losses, got shape {losses.shape}")
    require(np.all(np.diff(losses) < 0),
            f"{result.shown}: the loss should fall at every step, but the losses were {np.round(losses[:6], 5)}…")


def test_predict_by_hand(kata):
    """W = [[1, −1, 0]], b = 0: x = 2 → class 0, x = −3 → class 1, x = 0 → a three-way tie → class 0, x = 1 → class 0."""
    W, b = np.array([[1.0, -1.0, 0.0]]), np.zeros(3)
    kata.check("predict_softmax_regression", np.array([[2.0], [-3.0], [0.0], [1.0]]), W, b,
               expected=np.array([0, 1, 0, 0]))


def test_predict_ties_go_to_the_smallest_class(kata):
    """W = 0, b = [1, 3, 3]: classes 1 and 2 tie for the highest score on every row, so every row is class 1."""
    kata.check("predict_softmax_regression", np.array([[1.0, 2.0], [-1.0, 0.5]]), np.zeros((2, 3)),
               np.array([1.0, 3.0, 3.0]), expected=np.array([1, 1]))


def test_predict_matches_reference(kata, rng):
    """Random X, W and b: the argmax of X·W + b for each row."""
    for _ in range(5):
        m, d, k = int(rng.integers(1, 20)), int(rng.integers(1, 5)), int(rng.integers(2, 6))
        kata.check("predict_softmax_regression", rng.standard_normal((m, d)), rng.standard_normal((d, k)),
                   rng.standard_normal(k))


def test_predict_no_rows(kata):
    """m = 0 rows: an empty int64 array of shape (0,)."""
    kata.check("predict_softmax_regression", np.zeros((0, 2)), np.ones((2, 3)), np.zeros(3),
               expected=np.zeros(0, dtype=np.int64))


def test_fit_then_predict_separates_separable_data(kata, rng):
    """Three well-separated clusters: after training, predict returns every training label."""
    centres = np.array([[4.0, 0.0], [-4.0, 4.0], [0.0, -4.0]])
    y = np.repeat(np.arange(3), 10)
    X = centres[y] + 0.5 * rng.standard_normal((30, 2))
    fitted = kata.call("fit_softmax_regression", X, y, n_classes=3, learning_rate=0.5, n_steps=100)
    W, b, _ = fitted.value
    predicted = kata.call("predict_softmax_regression", X, W, b)
    require(np.array_equal(np.asarray(predicted.value), y),
            f"{fitted.shown} then predict_softmax_regression on the training data: every point should get its "
            f"label, but {int(np.sum(np.asarray(predicted.value) != y))} of 30 did not")


def test_labels_are_checked_before_the_shortcut(kata):
    """n_steps = 0 returns zeros, but labels are checked before the shortcut: label 2 with n_classes = 2 raises ValueError."""
    kata.raises("ValueError", "fit_softmax_regression", np.array([[0.7], [0.1]]), np.array([0, 2]),
                n_classes=2, learning_rate=0.1, n_steps=0)
