"""Hidden tests for classical_ml/gmm_em_step: gmm_em_step(X, weights, means, covariances, *, reg_covar=1e-6)."""
import math

import numpy as np

from grader.testing import require

LOG_2PI = math.log(2 * math.pi)


def _random_problem(rng, n, d, K):
    centres = 4 * rng.standard_normal((K, d))
    X = centres[rng.integers(0, K, n)] + rng.standard_normal((n, d))
    weights = rng.dirichlet(np.ones(K) * 2)
    means = X[rng.choice(n, K, replace=False)] + 0.1 * rng.standard_normal((K, d))
    A = rng.standard_normal((K, d, d))
    covariances = A @ A.transpose(0, 2, 1) / d + 0.5 * np.eye(d)
    return X, weights, means, covariances


def test_one_component_by_hand(kata):
    """K = 1, points 0 and 2 under N(1, 1): the new variance is 1 + reg_covar; log-likelihood −½ log 2π − ½."""
    kata.check("gmm_em_step", np.array([[0.0], [2.0]]), np.array([1.0]), np.array([[1.0]]), np.ones((1, 1, 1)),
               expected=(np.array([1.0]), np.array([[1.0]]), np.array([[[1.0 + 1e-6]]]), -0.5 * LOG_2PI - 0.5))


def test_two_components_by_hand(kata):
    """Components at ∓1 (variance 1), points ∓1: responsibilities σ(2), means ∓tanh 1, variances sech² 1."""
    # log p(x) = −½ log 2π + log((1 + e⁻²)/2) for both points.
    # New mean of component 0: σ(2)·(−1) + σ(−2)·(+1) = −tanh(1); variance E[x²] − μ² = 1 − tanh²(1).
    t = math.tanh(1.0)
    kata.check("gmm_em_step", np.array([[-1.0], [1.0]]), np.array([0.5, 0.5]), np.array([[-1.0], [1.0]]),
               np.ones((2, 1, 1)), reg_covar=0.0,
               expected=(np.array([0.5, 0.5]), np.array([[-t], [t]]), np.full((2, 1, 1), 1 - t * t),
                         -0.5 * LOG_2PI + math.log((1 + math.exp(-2)) / 2)))


def test_unequal_weights_by_hand(kata):
    """Weights 0.8 / 0.2 on far-apart components: each point is all its own component's; the weights become 2/3, 1/3."""
    # Points 0, 0.5 (component 0 at 0.25) and 100 (component 1 at 100), variances 1: the other component's
    # share is below e⁻⁴⁰⁰⁰, so N = (2, 1) exactly in float64, w = (2/3, 1/3), μ = (0.25, 100),
    # Σ_0 = ((0.25)² + (0.25)²)/2 = 0.0625, Σ_1 = 0.
    # log p: x = 0 and 0.5: log 0.8 − ½ log 2π − ½ · 0.0625; x = 100: log 0.2 − ½ log 2π.
    ll = (2 * (math.log(0.8) - 0.5 * LOG_2PI - 0.03125) + math.log(0.2) - 0.5 * LOG_2PI) / 3
    kata.check("gmm_em_step", np.array([[0.0], [0.5], [100.0]]), np.array([0.8, 0.2]), np.array([[0.25], [100.0]]),
               np.ones((2, 1, 1)), reg_covar=0.0,
               expected=(np.array([2 / 3, 1 / 3]), np.array([[0.25], [100.0]]), np.array([[[0.0625]], [[0.0]]]), ll))


def test_full_covariance_by_hand(kata):
    """K = 1 in 2-D with Σ = [[2, 1], [1, 2]]: det 3, mean Mahalanobis 5/3; the new Σ has off-diagonal 0.5."""
    # Σ⁻¹ = [[2, −1], [−1, 2]] / 3: (1, 1) -> 2/3, (−1, −1) -> 2/3, (±2, 0) -> 8/3; mean 5/3.
    # log-likelihood: −½ (2 log 2π + log 3 + 5/3). New Σ = Σ x xᵀ / 4 = [[2.5, 0.5], [0.5, 0.5]].
    X = np.array([[1.0, 1.0], [-1.0, -1.0], [2.0, 0.0], [-2.0, 0.0]])
    kata.check("gmm_em_step", X, np.array([1.0]), np.array([[0.0, 0.0]]), np.array([[[2.0, 1.0], [1.0, 2.0]]]),
               reg_covar=0.0,
               expected=(np.array([1.0]), np.array([[0.0, 0.0]]), np.array([[[2.5, 0.5], [0.5, 0.5]]]),
                         -0.5 * (2 * LOG_2PI + math.log(3) + 5 / 3)))


def test_reg_covar_goes_on_the_diagonal_only(kata):
    """The same data with reg_covar = 0.25: Σ = [[2.75, 0.5], [0.5, 0.75]] (the off-diagonal stays 0.5)."""
    X = np.array([[1.0, 1.0], [-1.0, -1.0], [2.0, 0.0], [-2.0, 0.0]])
    kata.check("gmm_em_step", X, np.array([1.0]), np.array([[0.0, 0.0]]), np.array([[[2.0, 1.0], [1.0, 2.0]]]),
               reg_covar=0.25,
               expected=(np.array([1.0]), np.array([[0.0, 0.0]]), np.array([[[2.75, 0.5], [0.5, 0.75]]]),
                         -0.5 * (2 * LOG_2PI + math.log(3) + 5 / 3)))


def test_new_covariance_uses_the_new_means(kata):
    """K = 1 starting at mean 5: the new mean is 1 and the new variance is around 1 (not around 5): points 0, 2."""
    # log-likelihood with N(5, 4): x = 0 -> (25/4), x = 2 -> (9/4): −½ log 2π − ½ log 4 − ½ · (25/4 + 9/4)/2.
    kata.check("gmm_em_step", np.array([[0.0], [2.0]]), np.array([1.0]), np.array([[5.0]]), np.full((1, 1, 1), 4.0),
               reg_covar=0.0,
               expected=(np.array([1.0]), np.array([[1.0]]), np.array([[[1.0]]]),
                         -0.5 * LOG_2PI - 0.5 * math.log(4) - 0.5 * 17 / 4))


def test_default_reg_covar_is_1e_6(kata):
    """No reg_covar given: 1e-6 is added to the diagonal (points 0 and 2 under N(1, 1): variance 1 + 1e-6)."""
    kata.check("gmm_em_step", np.array([[0.0], [2.0]]), np.array([1.0]), np.array([[1.0]]), np.ones((1, 1, 1)),
               expected=(np.array([1.0]), np.array([[1.0]]), np.array([[[1.0 + 1e-6]]]), -0.5 * LOG_2PI - 0.5),
               rtol=1e-12, atol=1e-13)   # tight: the 1e-6 must be there


def test_matches_reference_on_random_mixtures(kata, rng):
    """Random mixtures: 1 to 3 components in 1 to 3 dimensions, random full covariances, default reg_covar."""
    arg_sets = []
    for _ in range(10):
        n, d, K = int(rng.integers(6, 40)), int(rng.integers(1, 4)), int(rng.integers(1, 4))
        arg_sets.append((_random_problem(rng, n, d, K), {}))
    kata.check_each("gmm_em_step", arg_sets)


def test_far_points_do_not_underflow(kata, rng):
    """Rows hundreds of standard deviations from every component: every density underflows, log space does not."""
    X, weights, means, covariances = _random_problem(rng, 12, 2, 2)
    X[:3] += 300.0
    kata.check("gmm_em_step", X, weights, means, covariances * 0.01, reg_covar=1e-3)


def test_single_row(kata):
    """n = 1, K = 2: weights follow the responsibilities; both means move onto the row; covariances are reg_covar · I."""
    X = np.array([[0.5, -1.0]])
    kata.check("gmm_em_step", X, np.array([0.3, 0.7]), np.array([[0.0, 0.0], [1.0, -1.0]]),
               np.stack([np.eye(2), 2 * np.eye(2)]), reg_covar=0.1)


def _well_posed(kata, rng):
    """A mixture on which ten exact EM steps stay well defined. With reg_covar = 0 a component can
    collapse onto a couple of rows (about 1 draw in 200): its covariance turns singular and any
    implementation fails. Drawn again until every covariance of the reference's ten steps keeps its
    smallest eigenvalue above 1e-3."""
    for _ in range(50):
        X, weights, means, covariances = problem = _random_problem(rng, 60, 2, 3)
        try:
            for _ in range(10):
                weights, means, covariances, _ = kata.reference.gmm_em_step(X, weights, means, covariances,
                                                                             reg_covar=0.0)
                if np.linalg.eigvalsh(covariances).min() <= 1e-3:
                    break
            else:
                return problem
        except np.linalg.LinAlgError:
            continue
    raise AssertionError("no well-posed mixture in 50 draws")


def test_log_likelihood_never_falls(kata, rng):
    """Ten EM steps in a row (reg_covar = 0): the log-likelihood before each step never falls."""
    X, weights, means, covariances = _well_posed(kata, rng)
    history = []
    for _ in range(10):
        result = kata.call("gmm_em_step", X, weights, means, covariances, reg_covar=0.0)
        weights, means, covariances, ll = result.value
        weights, means, covariances = (np.asarray(v, dtype=float) for v in (weights, means, covariances))
        history.append(float(ll))
    require(all(b >= a - 1e-9 * abs(a) for a, b in zip(history, history[1:])),
            f"EM never lowers the log-likelihood, but over ten steps it went {np.round(history, 6)}")


def test_weights_sum_to_one(kata, rng):
    """The new weights are positive and sum to 1; the new covariances are symmetric."""
    X, weights, means, covariances = _random_problem(rng, 30, 3, 3)
    result = kata.call("gmm_em_step", X, weights, means, covariances)
    new_weights, _, new_covariances, _ = (np.asarray(v, dtype=float) for v in result.value)
    require(np.all(new_weights > 0) and abs(new_weights.sum() - 1) < 1e-12,
            f"{result.shown}: the new weights should be positive and sum to 1, got {new_weights}")
    require(np.allclose(new_covariances, new_covariances.transpose(0, 2, 1)),
            f"{result.shown}: every new covariance matrix should be symmetric")


def test_no_rows_raises(kata):
    """n = 0 raises ValueError."""
    kata.raises("ValueError", "gmm_em_step", np.zeros((0, 1)), np.array([1.0]), np.array([[0.0]]), np.ones((1, 1, 1)))
