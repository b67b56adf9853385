"""Hidden tests for probability/mle_fits: gaussian_mle(x), bernoulli_mle(x), poisson_mle(x)."""
import numpy as np


def test_gaussian_by_hand(kata):
    """x = [1, 2, 3, 6]: mean 3, variance (4 + 1 + 0 + 9)/4 = 3.5 (divide by n, not n − 1)."""
    kata.check("gaussian_mle", np.array([1.0, 2.0, 3.0, 6.0]), expected=(3.0, 3.5))


def test_gaussian_integer_list_by_hand(kata):
    """x = [2, 4, 4, 4, 5, 5, 7, 9] (a list of ints): mean 5, variance 32/8 = 4.0, both floats."""
    kata.check("gaussian_mle", [2, 4, 4, 4, 5, 5, 7, 9], expected=(5.0, 4.0))


def test_gaussian_far_from_zero(kata):
    """x = 1e8 + [0, 1, 2]: mean 100000001, variance exactly 2/3 (needs the two-pass formula)."""
    kata.check("gaussian_mle", np.array([1e8, 1e8 + 1, 1e8 + 2]), expected=(100000001.0, 2 / 3))


def test_bernoulli_by_hand(kata):
    """x = [1, 0, 1, 1, 0] → 3/5 = 0.6; bools [True, False, False, False] → 0.25."""
    kata.check("bernoulli_mle", np.array([1, 0, 1, 1, 0]), expected=0.6)
    kata.check("bernoulli_mle", np.array([True, False, False, False]), expected=0.25)


def test_poisson_by_hand(kata):
    """x = [0, 2, 3, 1, 4] → 10/5 = 2.0; x = [3] → 3.0 (a float even for integer data)."""
    kata.check("poisson_mle", np.array([0, 2, 3, 1, 4]), expected=2.0)
    kata.check("poisson_mle", [3], expected=3.0)


def test_poisson_accepts_whole_floats(kata):
    """Whole numbers stored as floats are valid counts: [0.0, 2.0, 1.0] → 3/3 = 1.0, no ValueError."""
    # The statement allows floats and raises only for a negative or non-whole observation.
    kata.check("poisson_mle", np.array([0.0, 2.0, 1.0]), expected=1.0)
    kata.check("poisson_mle", [4.0, 0.0], expected=2.0)


def test_gaussian_matches_reference_on_random_data(kata, rng):
    """Random normal samples with random location and scale."""
    arg_sets = []
    for _ in range(8):
        x = rng.normal(rng.uniform(-50, 50), rng.uniform(0.1, 10), size=int(rng.integers(2, 200)))
        arg_sets.append(((x,), {}))
    kata.check_each("gaussian_mle", arg_sets)


def test_bernoulli_and_poisson_match_reference_on_random_data(kata, rng):
    """Random 0/1 and count data."""
    bernoulli, poisson = [], []
    for _ in range(6):
        n = int(rng.integers(1, 100))
        bernoulli.append((((rng.random(n) < rng.random()).astype(np.int64),), {}))
        poisson.append(((rng.poisson(rng.uniform(0.1, 20), size=n),), {}))
    kata.check_each("bernoulli_mle", bernoulli)
    kata.check_each("poisson_mle", poisson)


def test_single_observation(kata):
    """n = 1: gaussian (x0, 0.0) with the variance exactly 0.0; bernoulli [1] → 1.0; poisson [0] → 0.0."""
    kata.check("gaussian_mle", np.array([4.25]), expected=(4.25, 0.0), rtol=0.0, atol=0.0)
    kata.check("bernoulli_mle", np.array([1]), expected=1.0)
    kata.check("poisson_mle", np.array([0]), expected=0.0)


def test_all_same_values(kata):
    """Constant data: variance exactly 0.0; all-zero Bernoulli → 0.0, all-one → 1.0."""
    kata.check("gaussian_mle", np.full(5, 7.0), expected=(7.0, 0.0), atol=0.0)
    kata.check("bernoulli_mle", np.zeros(4, dtype=np.int64), expected=0.0, atol=0.0)
    kata.check("bernoulli_mle", np.ones(3, dtype=np.int64), expected=1.0)


def test_empty_input_raises(kata):
    """ValueError for an empty x, in all three functions."""
    kata.raises("ValueError", "gaussian_mle", np.zeros(0))
    kata.raises("ValueError", "bernoulli_mle", np.zeros(0))
    kata.raises("ValueError", "poisson_mle", [])


def test_invalid_observations_raise(kata):
    """ValueError for a Bernoulli 2 or 0.5, and a Poisson −1 or 1.5."""
    kata.raises("ValueError", "bernoulli_mle", np.array([0, 1, 2]))
    kata.raises("ValueError", "bernoulli_mle", np.array([0.5, 1.0]))
    kata.raises("ValueError", "poisson_mle", np.array([3, -1, 2]))
    kata.raises("ValueError", "poisson_mle", np.array([1.5, 2.0]))
