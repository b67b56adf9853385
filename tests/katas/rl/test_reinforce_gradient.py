"""Hidden tests for rl/reinforce_gradient: softmax_policy(theta, features) and reinforce_gradient(...)."""
import numpy as np

from grader.testing import require


def objective(theta, features, actions, advantage):
    """The surrogate (1/N)·Σ advantage·log pi(a|s), whose gradient is the REINFORCE estimate."""
    logits = features @ theta
    logits = logits - logits.max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    return float(np.mean(advantage * log_probs[np.arange(len(actions)), actions]))


# ── softmax_policy ───────────────────────────────────────────────────────────────────────────

def test_softmax_by_hand(kata):
    """theta = [[ln 3, 0]]: phi = 1 gives logits [ln 3, 0], pi = [0.75, 0.25]; phi = 0 gives [0.5, 0.5]."""
    kata.check("softmax_policy", np.array([[np.log(3.0), 0.0]]), np.array([[1.0], [0.0]]),
               expected=np.array([[0.75, 0.25], [0.5, 0.5]]), rtol=1e-12, atol=1e-15)


def test_softmax_with_huge_logits(kata):
    """Logits ±1000: exact one-hot rows, no nan (subtract the row maximum first)."""
    kata.check("softmax_policy", np.array([[1000.0, -1000.0, 0.0]]), np.array([[1.0], [-1.0]]),
               expected=np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))


def test_softmax_shapes(kata, rng):
    """d = 3, A = 4, N = 5 random: shape (N, A), matching the reference; A = 1 gives ones; N = 0 gives (0, A)."""
    kata.check("softmax_policy", rng.normal(0, 1, (3, 4)), rng.normal(0, 1, (5, 3)))
    kata.check("softmax_policy", rng.normal(0, 1, (2, 1)), rng.normal(0, 1, (4, 2)), expected=np.ones((4, 1)))
    kata.check("softmax_policy", np.zeros((2, 3)), np.zeros((0, 2)), expected=np.zeros((0, 3)))


# ── reinforce_gradient ───────────────────────────────────────────────────────────────────────

def test_uniform_policy_by_hand(kata):
    """theta = 0 (pi uniform), phi [1], [2], actions 0, 1, returns [3, 1], baseline 1: [[0.5, −0.5]]."""
    kata.check("reinforce_gradient", np.zeros((1, 2)), np.array([[1.0], [2.0]]), np.array([0, 1]),
               np.array([3.0, 1.0]), np.array([1.0, 1.0]), expected=np.array([[0.5, -0.5]]))


def test_skewed_policy_by_hand(kata):
    """pi = [0.75, 0.25] (theta = [[ln 3, 0]], phi = 1), action 1, G = 2, b = 0: 2·([0, 1] − [0.75, 0.25]) = [−1.5, 1.5]."""
    kata.check("reinforce_gradient", np.array([[np.log(3.0), 0.0]]), np.array([[1.0]]), np.array([1]),
               np.array([2.0]), np.array([0.0]), expected=np.array([[-1.5, 1.5]]), rtol=1e-12, atol=1e-15)


def test_two_features_three_actions_by_hand(kata):
    """d = 2, A = 3 (a (2, 3) result, not (3, 2)), theta = 0: phi = [1, −2], action 2, advantage 0.3 − 0.1 = 0.2, N = 1."""
    score = np.array([-1 / 3, -1 / 3, 2 / 3])
    kata.check("reinforce_gradient", np.zeros((2, 3)), np.array([[1.0, -2.0]]), np.array([2]), np.array([0.3]),
               np.array([0.1]), expected=0.2 * np.outer([1.0, -2.0], score), rtol=1e-12, atol=1e-15)


def test_mean_over_steps(kata):
    """The same step twice gives the same estimate as once: the mean over N, not the sum."""
    one = kata.check("reinforce_gradient", np.zeros((1, 2)), np.array([[1.0]]), np.array([0]), np.array([2.0]),
                     np.array([0.0]), expected=np.array([[1.0, -1.0]]))
    kata.check("reinforce_gradient", np.zeros((1, 2)), np.array([[1.0], [1.0]]), np.array([0, 0]),
               np.array([2.0, 2.0]), np.array([0.0, 0.0]), expected=one.value)


def test_baseline_equal_to_returns_gives_zero(kata, rng):
    """baseline = returns: every advantage is 0, so the estimate is all zeros."""
    returns = rng.normal(0, 1, 6)
    kata.check("reinforce_gradient", rng.normal(0, 1, (3, 4)), rng.normal(0, 1, (6, 3)), rng.integers(0, 4, 6),
               returns, returns.copy(), expected=np.zeros((3, 4)))


def test_negative_advantage_pushes_away(kata):
    """A return below the baseline (advantage −1) lowers the chosen action's preference: [[−0.5, 0.5]] for theta = 0, phi = 1, action 0."""
    kata.check("reinforce_gradient", np.zeros((1, 2)), np.array([[1.0]]), np.array([0]), np.array([0.0]),
               np.array([1.0]), expected=np.array([[-0.5, 0.5]]))


def test_single_action_has_zero_gradient(kata, rng):
    """A = 1: pi(0|s) = 1 always, so log pi = 0 and the gradient is zeros of shape (d, 1)."""
    kata.check("reinforce_gradient", rng.normal(0, 1, (3, 1)), rng.normal(0, 1, (4, 3)), np.zeros(4, dtype=int),
               rng.normal(0, 1, 4), np.zeros(4), expected=np.zeros((3, 1)))


def test_huge_logits_stay_finite(kata):
    """Logits ±1000: pi is one-hot, the estimate [[−0.5, 0.5]] is finite."""
    kata.check("reinforce_gradient", np.array([[1000.0, -1000.0]]), np.array([[1.0], [-1.0]]), np.array([1, 1]),
               np.array([1.0, 2.0]), np.zeros(2), expected=np.array([[-0.5, 0.5]]))


def test_int_features_give_floats(kata):
    """Int features, returns and baseline: float64 result."""
    kata.check("reinforce_gradient", np.zeros((1, 2)), np.array([[1], [2]]), np.array([0, 1]), np.array([3, 1]),
               np.array([1, 1]), expected=np.array([[0.5, -0.5]]))


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches: N ≤ 200, d ≤ 6, A ≤ 5, returns and baselines of both signs up to ±1e6."""
    for scale in (1.0, 1.0, 1e6, 1.0, 1.0):
        n, d, a = int(rng.integers(1, 201)), int(rng.integers(1, 7)), int(rng.integers(1, 6))
        kata.check("reinforce_gradient", rng.normal(0, 1, (d, a)), rng.normal(0, 1, (n, d)), rng.integers(0, a, n),
                   scale * rng.normal(0, 1, n), scale * rng.normal(0, 1, n))


def test_is_the_gradient_of_the_surrogate(kata, rng):
    """The estimate equals the gradient of (1/N)·Σ (G − b)·log pi(a|s), by central differences (h = 1e-6) to 1e-6."""
    d, a, n = 3, 4, 10
    theta, features = rng.normal(0, 1, (d, a)), rng.normal(0, 1, (n, d))
    actions, returns, baseline = rng.integers(0, a, n), rng.normal(0, 1, n), rng.normal(0, 1, n)
    result = kata.call("reinforce_gradient", theta, features, actions, returns, baseline)
    numeric = np.zeros((d, a))
    for i in range(d):
        for j in range(a):
            step = np.zeros((d, a))
            step[i, j] = 1e-6
            numeric[i, j] = (objective(theta + step, features, actions, returns - baseline)
                             - objective(theta - step, features, actions, returns - baseline)) / 2e-6
    error = np.max(np.abs(np.asarray(result.value) - numeric))
    require(error < 1e-6, f"{result.shown}: differs from the finite-difference gradient of the surrogate by {error:.3g}")


def test_invalid_inputs_raise(kata):
    """ValueError for N = 0, mismatched lengths (a length-1 baseline or returns too), features of the wrong width, actions outside 0 … A−1."""
    theta, features = np.zeros((2, 3)), np.ones((4, 2))
    ok = (np.array([0, 1, 2, 0]), np.ones(4), np.zeros(4))
    kata.raises_each([
        ("ValueError", "reinforce_gradient", (theta, np.zeros((0, 2)), np.zeros(0, dtype=int), np.zeros(0), np.zeros(0)), {}),
        ("ValueError", "reinforce_gradient", (theta, features, ok[0][:3], ok[1], ok[2]), {}),
        ("ValueError", "reinforce_gradient", (theta, features, ok[0], ok[1][:3], ok[2]), {}),
        ("ValueError", "reinforce_gradient", (theta, features, ok[0], ok[1], ok[2][:3]), {}),
        # length-1 returns or baseline would broadcast against N = 4
        ("ValueError", "reinforce_gradient", (theta, features, ok[0], ok[1], np.ones(1)), {}),
        ("ValueError", "reinforce_gradient", (theta, features, ok[0], np.ones(1), ok[2]), {}),
        ("ValueError", "reinforce_gradient", (theta, np.ones((4, 3)), *ok), {}),
        ("ValueError", "reinforce_gradient", (theta, features, np.array([0, 1, 3, 0]), ok[1], ok[2]), {}),
        ("ValueError", "reinforce_gradient", (theta, features, np.array([0, -1, 2, 0]), ok[1], ok[2]), {}),
        ("ValueError", "softmax_policy", (np.zeros(3), features), {}),
        ("ValueError", "softmax_policy", (theta, np.ones((4, 3))), {}),
    ])
