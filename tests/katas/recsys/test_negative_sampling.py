"""Hidden tests for recsys/negative_sampling: unigram_distribution(counts, *, power) and sample_negatives(counts, n, *, exclude, seed, power)."""
import numpy as np

from grader.testing import require

COUNTS = np.array([1.0, 16.0, 0.0, 81.0])        # 1^0.75 = 1, 16^0.75 = 8, 81^0.75 = 27
ODD = np.array([0.7, 3.0, 2.0])                  # weights 0.7651, 2.2795, 1.6818: cdf 0.1619, 0.6442, 1


def _ints(*values):
    return np.array(values, dtype=np.int64)


def test_distribution_by_hand(kata):
    """counts [1, 16, 0, 81], power 0.75: weights 1, 8, 0, 27, so p = [1, 8, 0, 27] / 36."""
    kata.check("unigram_distribution", COUNTS, expected=np.array([1.0, 8.0, 0.0, 27.0]) / 36)


def test_distribution_non_dyadic_by_hand(kata):
    """counts [0.7, 3, 2]: p = [0.7^0.75, 3^0.75, 2^0.75] / their sum."""
    w = np.array([0.7 ** 0.75, 3 ** 0.75, 2 ** 0.75])
    kata.check("unigram_distribution", ODD, expected=w / w.sum())


def test_power_one_is_the_unigram(kata):
    """power = 1: p = counts / 98."""
    kata.check("unigram_distribution", COUNTS, power=1.0, expected=COUNTS / 98)


def test_power_zero_is_uniform_over_seen_items(kata):
    """power = 0 on [5, 0, 1, 2]: 1/3 each for the seen items, 0 for the never-seen item (not 0 ** 0 = 1)."""
    kata.check("unigram_distribution", np.array([5.0, 0.0, 1.0, 2.0]), power=0.0,
               expected=np.array([1.0, 0.0, 1.0, 1.0]) / 3)


def test_draws_by_hand(kata):
    """seed 0: u = 0.637, 0.270, 0.041, 0.017, 0.813, 0.913 against cdf [1/36, 9/36, 9/36, 1] → 3, 3, 1, 0, 3, 3."""
    kata.check("sample_negatives", COUNTS, 6, exclude=_ints(), seed=0, expected=_ints(3, 3, 1, 0, 3, 3))
    # the statement's own call: exclude is an empty Python list (np.asarray([]) is a float array)
    kata.check("sample_negatives", np.array([1, 16, 0, 81]), 4, exclude=[], seed=0, expected=_ints(3, 3, 1, 0))


def test_draws_non_dyadic_by_hand(kata):
    """seed 5, counts [0.7, 3, 2]: u = 0.805, 0.808, 0.515, 0.286, 0.054, 0.383, 0.408, 0.045 → 2, 2, 1, 1, 0, 1, 1, 0."""
    kata.check("sample_negatives", ODD, 8, exclude=_ints(), seed=5, expected=_ints(2, 2, 1, 1, 0, 1, 1, 0))


def test_draws_need_a_float64_cdf(kata):
    """counts 0.7·(1 … 50), seed 125, n 3: u[2] = 0.3901617761 is only 4e-9 above cdf[28], so the draws are [45, 33, 29]."""
    # The weights are 0.7^0.75·i^0.75, so cdf[k] = Σ_{i≤k+1} i^0.75 / Σ_{i≤50} i^0.75 (the 0.7 cancels):
    # u = 0.8517, 0.4936, 0.3901617761 fall in [cdf[44], cdf[45]) = [0.8332, 0.8655), [cdf[32], cdf[33]) =
    # [0.4875, 0.5132) and just above cdf[28] = 0.3901617721. A float32 p or cdf rounds cdf[28] up to
    # 0.39016178 and draws 28 instead of 29.
    kata.check("sample_negatives", np.arange(1.0, 51.0) * 0.7, 3, exclude=[], seed=125, expected=_ints(45, 33, 29))


def test_exclusion_renormalises_by_hand(kata):
    """seed 0, item 3 excluded: p = [1, 8, 0, 0] / 9, cdf [1/9, 1, 1, 1] → 1, 1, 0, 0 (the same uniforms, no redraws)."""
    kata.check("sample_negatives", COUNTS, 4, exclude=_ints(3), seed=0, expected=_ints(1, 1, 0, 0))


def test_repeated_exclusions_by_hand(kata):
    """seed 5, counts [0.7, 3, 2], exclude [1, 1]: cdf [0.3127, 0.3127, 1] → 2, 2, 2, 0, 0, 2, 2, 0."""
    kata.check("sample_negatives", ODD, 8, exclude=[1, 1], seed=5, expected=_ints(2, 2, 2, 0, 0, 2, 2, 0))


def test_power_argument_reaches_the_sampler(kata):
    """seed 0, power 1: cdf [1/98, 17/98, 17/98, 1] → u 0.637, 0.270, 0.041, 0.017 give 3, 3, 1, 1."""
    kata.check("sample_negatives", COUNTS, 4, exclude=_ints(), seed=0, power=1.0, expected=_ints(3, 3, 1, 1))


def test_zero_draws(kata):
    """n = 0 gives an empty int64 array."""
    kata.check("sample_negatives", COUNTS, 0, exclude=_ints(), seed=0, expected=_ints())


def test_matches_reference_on_random_counts(kata, rng):
    """Random counts (some zero, up to 1e12), random exclusions, seeds, powers 0, 0.5, 0.75, 1 and n ≤ 200."""
    distributions = []
    for _ in range(10):
        n_items = int(rng.integers(1, 51))
        counts = np.floor(10 ** rng.uniform(0, 12, n_items)) * (rng.random(n_items) < 0.8)
        if not counts.any():
            counts[0] = 3.0
        seen = np.flatnonzero(counts)
        exclude = rng.choice(n_items, size=int(rng.integers(0, n_items)), replace=True)
        exclude = exclude[exclude != seen[0]]            # leave at least one item to draw
        # sample_negatives one call at a time: a batch shares one time limit, and a slow wrong
        # sampler (rejection_redraws) would time out instead of failing on its wrong draws
        kata.check("sample_negatives", counts, int(rng.integers(0, 201)), exclude=exclude,
                   seed=int(rng.integers(0, 2**31)), power=float(rng.choice([0.0, 0.5, 0.75, 1.0])))
        distributions.append(((counts,), {"power": float(rng.choice([0.0, 0.5, 0.75, 1.0]))}))
    kata.check_each("unigram_distribution", distributions)


def test_integer_counts_give_floats(kata):
    """Integer counts: p is float64."""
    kata.check("unigram_distribution", COUNTS.astype(int), expected=np.array([1.0, 8.0, 0.0, 27.0]) / 36)


def test_frequencies_follow_the_distribution(kata):
    """20000 draws, seed 11: every frequency within 0.015 of p, excluded and zero-count items never drawn."""
    counts = np.array([50.0, 0.0, 10.0, 300.0, 1.0, 7.0])
    draws = kata.call("sample_negatives", counts, 20000, exclude=[5], seed=11).value
    w = counts ** 0.75
    w[5] = 0.0
    p = w / w.sum()
    freq = np.bincount(draws, minlength=6) / 20000
    require(np.all(np.abs(freq - p) < 0.015) and freq[1] == 0 and freq[5] == 0,
            f"sample_negatives: frequencies {np.round(freq, 4)} should be near p = {np.round(p, 4)}, with 0 for items 1 and 5")


def test_extreme_counts(kata):
    """Counts from 1 to 1e12 in one array: p = c^0.75 / Σ, the tiny ones still positive."""
    counts = np.array([1.0, 1e12, 3.0, 1e6])
    w = counts ** 0.75
    kata.check("unigram_distribution", counts, expected=w / w.sum(), rtol=1e-9, atol=0.0)


def test_invalid_arguments_raise(kata):
    """ValueError for 2-D or empty counts, a negative count, power < 0, n < 0, an excluded index out of range, and nothing left to draw."""
    kata.raises_each([
        ("ValueError", "unigram_distribution", (np.ones((2, 2)),), {}),
        ("ValueError", "unigram_distribution", (np.zeros(0),), {}),
        ("ValueError", "unigram_distribution", (np.array([1.0, -1e-9]),), {}),
        ("ValueError", "unigram_distribution", (COUNTS,), {"power": -0.5}),
        ("ValueError", "unigram_distribution", (np.zeros(3),), {}),
        ("ValueError", "sample_negatives", (COUNTS, -1), {"exclude": _ints(), "seed": 0}),
        ("ValueError", "sample_negatives", (COUNTS, 3), {"exclude": _ints(4), "seed": 0}),
        ("ValueError", "sample_negatives", (COUNTS, 3), {"exclude": _ints(-1), "seed": 0}),
        ("ValueError", "sample_negatives", (COUNTS, 3), {"exclude": _ints(0, 1, 3), "seed": 0}),
        ("ValueError", "sample_negatives", (COUNTS, 0), {"exclude": _ints(0, 1, 3), "seed": 0}),
        ("ValueError", "sample_negatives", (COUNTS, 0), {"exclude": _ints(4), "seed": 0}),
        ("ValueError", "sample_negatives", (np.array([2.0, -1.0]), 0), {"exclude": _ints(), "seed": 0}),
    ])
