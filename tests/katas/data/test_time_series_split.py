"""Hidden tests for data/time_series_split: time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None)."""
import numpy as np

from grader.testing import require


def _split(train, test):
    return (np.array(train, dtype=np.int64), np.array(test, dtype=np.int64))


def test_even_split_by_hand(kata):
    """n = 6, 2 splits: test_size 6 // 3 = 2; test folds [2, 3] and [4, 5], trained on everything before."""
    kata.check("time_series_split", 6, n_splits=2,
               expected=[_split([0, 1], [2, 3]), _split([0, 1, 2, 3], [4, 5])])


def test_remainder_goes_to_the_first_train_set_by_hand(kata):
    """n = 7, 3 splits: test_size 7 // 4 = 1; folds {4}, {5}, {6} end at n, the first train set is 0–3."""
    kata.check("time_series_split", 7, n_splits=3,
               expected=[_split([0, 1, 2, 3], [4]), _split([0, 1, 2, 3, 4], [5]), _split([0, 1, 2, 3, 4, 5], [6])])


def test_remainder_with_bigger_folds_by_hand(kata):
    """n = 11, 2 splits: test_size 11 // 3 = 3; folds start at 11 − 6 = 5 and 8."""
    kata.check("time_series_split", 11, n_splits=2,
               expected=[_split([0, 1, 2, 3, 4], [5, 6, 7]), _split([0, 1, 2, 3, 4, 5, 6, 7], [8, 9, 10])])


def test_given_test_size_and_gap_by_hand(kata):
    """n = 10, 2 splits, test_size 3, gap 1: folds start at 4 and 7; train stops 1 sample before each."""
    kata.check("time_series_split", 10, n_splits=2, test_size=3, gap=1,
               expected=[_split([0, 1, 2], [4, 5, 6]), _split([0, 1, 2, 3, 4, 5], [7, 8, 9])])


def test_max_train_size_keeps_the_most_recent_by_hand(kata):
    """n = 6, 2 splits, max_train_size 2: the second train set is [2, 3] (the latest two), not [0, 1]."""
    kata.check("time_series_split", 6, n_splits=2, max_train_size=2,
               expected=[_split([0, 1], [2, 3]), _split([2, 3], [4, 5])])


def test_matches_reference_on_random_settings(kata, rng):
    """Random lengths, numbers of splits, test sizes, gaps and training caps."""
    done, arg_sets = 0, []
    while done < 12:
        n, n_splits = int(rng.integers(3, 60)), int(rng.integers(2, 6))
        test_size = None if rng.random() < 0.5 else int(rng.integers(1, 8))
        gap = int(rng.integers(0, 4))
        max_train_size = None if rng.random() < 0.5 else int(rng.integers(1, 20))
        size = test_size if test_size is not None else n // (n_splits + 1)
        if size < 1 or n - gap - n_splits * size <= 0:
            continue
        arg_sets.append(((n,), dict(n_splits=n_splits, test_size=test_size, gap=gap, max_train_size=max_train_size)))
        done += 1
    kata.check_each("time_series_split", arg_sets)


def test_first_train_set_of_one_sample_is_allowed(kata):
    """n − gap − n_splits·test_size = 1 is allowed: n = 7, 2 splits of 3 → the first train set is [0]."""
    kata.check("time_series_split", 7, n_splits=2, test_size=3,
               expected=[_split([0], [1, 2, 3]), _split([0, 1, 2, 3], [4, 5, 6])])
    # With gap 1: n = 8, folds start at 2 and 5, train ends at 1 and 4.
    kata.check("time_series_split", 8, n_splits=2, test_size=3, gap=1,
               expected=[_split([0], [2, 3, 4]), _split([0, 1, 2, 3], [5, 6, 7])])


def test_empty_first_train_set_raises(kata):
    """n − gap − n_splits·test_size = 0 raises ValueError: n = 6 with 2 folds of 3, or n = 7 with gap 1."""
    kata.raises("ValueError", "time_series_split", 6, n_splits=2, test_size=3)
    kata.raises("ValueError", "time_series_split", 7, n_splits=2, test_size=3, gap=1)


def test_default_test_size_of_zero_raises(kata):
    """n = 3 with 3 splits: the default test_size 3 // 4 = 0 is empty, so ValueError."""
    kata.raises("ValueError", "time_series_split", 3, n_splits=3)


def test_smallest_series_for_the_default_size(kata):
    """n = n_splits + 1 = 3: test_size 1, folds {1} and {2}, the first train set is [0]."""
    kata.check("time_series_split", 3, n_splits=2, expected=[_split([0], [1]), _split([0, 1], [2])])


def test_bad_arguments_raise(kata):
    """n_splits = 1, test_size = 0 or gap = −1 raise ValueError."""
    kata.raises("ValueError", "time_series_split", 10, n_splits=1)
    kata.raises("ValueError", "time_series_split", 10, n_splits=2, test_size=0)
    kata.raises("ValueError", "time_series_split", 10, n_splits=2, gap=-1)


def test_never_trains_on_the_future(kata, rng):
    """Property: in every split each training index is before every test index, by more than the gap."""
    result = kata.call("time_series_split", 50, n_splits=4, test_size=6, gap=2, max_train_size=15)
    require(len(result.value) == 4, f"{result.shown} should return 4 splits")
    for s, (train, test) in enumerate(result.value):
        train, test = np.asarray(train), np.asarray(test)
        require(len(train) and len(test) == 6 and train.max() + 2 < test.min() and len(train) <= 15,
                f"{result.shown}: split {s} trains on {train} and tests on {test}; training must end more than "
                f"gap = 2 samples before the test fold and hold at most 15 samples")
