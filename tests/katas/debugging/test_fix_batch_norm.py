"""Hidden tests for debugging/fix_batch_norm: batch_norm(x, gamma, beta, running_mean, running_var, *,
training, momentum=0.1, eps=1e-5) -> (y, new_running_mean, new_running_var)."""
import numpy as np

from grader import compare
from grader.testing import require

X2 = np.array([[1.0], [3.0]])   # μ = 2, biased σ² = 1, unbiased s² = 2


def one():
    return np.ones(1)   # a new array each time: no two arguments of a call are one object


def zero():
    return np.zeros(1)


def _params(rng, c):
    return rng.uniform(0.5, 2.0, size=c), rng.normal(size=c), rng.normal(size=c), rng.uniform(0.5, 2.0, size=c)


def test_training_by_hand(kata):
    """x = (1, 3), γ = 2, β = 0.5, momentum 0.5, eps 0: y = 2·(∓1)/1 + 0.5; running mean 1, running var ½·1 + ½·2 = 1.5."""
    kata.check("batch_norm", X2, np.array([2.0]), np.array([0.5]), zero(), one(), training=True, momentum=0.5, eps=0.0,
               expected=(np.array([[-1.5], [2.5]]), np.array([1.0]), np.array([1.5])))


def test_running_mean_by_hand(kata):
    """momentum 0.1 weighs the NEW batch: the running mean goes from 0 to 0.9·0 + 0.1·2 = 0.2."""
    result = kata.call("batch_norm", X2, one(), zero(), zero(), one(), training=True, momentum=0.1)
    problem = compare.compare(result.value[1], np.array([0.2]), where="the new running mean")
    require(problem is None, f"{result.shown}: {problem}")


def test_running_variance_by_hand(kata):
    """momentum 0.1 weighs the NEW batch in the running variance too: a constant batch (variance 0) takes it from 4 to 0.9·4 = 3.6."""
    # x = (2, 2): mean 2, variance 0 (biased or not), y = beta; running mean 0 → 0.2, running variance 4 → 3.6
    kata.check("batch_norm", np.array([[2.0], [2.0]]), one(), np.array([0.5]), zero(), np.array([4.0]), training=True,
               momentum=0.1, expected=(np.array([[0.5], [0.5]]), np.array([0.2]), np.array([3.6])))


def test_training_random(kata, rng):
    """Random batches, momentum 0.5, eps 0."""
    for n, c in ((4, 3), (8, 2), (2, 4)):
        gamma, beta, mean, var = _params(rng, c)
        kata.check("batch_norm", rng.normal(size=(n, c)), gamma, beta, mean, var, training=True, momentum=0.5, eps=0.0)


def test_training_random_defaults(kata, rng):
    """Random batches with the default momentum and eps."""
    for n, c in ((5, 3), (3, 1)):
        gamma, beta, mean, var = _params(rng, c)
        kata.check("batch_norm", 3 * rng.normal(size=(n, c)) + 1, gamma, beta, mean, var, training=True)


def test_evaluation_by_hand(kata):
    """Evaluation, running mean 1, running var 4, eps 0: y = (x − 1)/2 = (0, 1); the running statistics unchanged."""
    kata.check("batch_norm", X2, one(), zero(), one(), np.array([4.0]), training=False, eps=0.0,
               expected=(np.array([[0.0], [1.0]]), one(), np.array([4.0])))


def test_evaluation_random(kata, rng):
    """Evaluation on random batches, eps 0."""
    for n, c in ((4, 3), (1, 2)):
        gamma, beta, mean, var = _params(rng, c)
        kata.check("batch_norm", rng.normal(size=(n, c)), gamma, beta, mean, var, training=False, eps=0.0)


def test_eps_by_hand(kata):
    """Evaluation, running var 1, eps 3: y = (x − 2)/√(1 + 3) = (−½, ½)."""
    kata.check("batch_norm", X2, one(), zero(), np.array([2.0]), one(), training=False, eps=3.0,
               expected=(np.array([[-0.5], [0.5]]), np.array([2.0]), one()))


def test_constant_feature_in_training(kata):
    """A feature equal on the whole batch (σ² = 0): y = β exactly, the running var shrinks by (1 − momentum)."""
    x = np.array([[0.7, 1.0], [0.7, 3.0], [0.7, 2.0]])
    kata.check("batch_norm", x, np.ones(2), np.array([0.3, 0.0]), np.zeros(2), np.ones(2), training=True)
