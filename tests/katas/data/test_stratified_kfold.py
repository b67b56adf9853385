"""Hidden tests for data/stratified_kfold: stratified_kfold(y, *, n_splits)."""
import numpy as np

from grader.testing import require


def _splits(*vals, n):
    """(train, val) pairs from the validation folds, train = the other indices."""
    everything = np.arange(n)
    return [(np.setdiff1d(everything, np.array(v, dtype=np.int64)), np.array(v, dtype=np.int64)) for v in vals]


def test_two_folds_by_hand(kata):
    """The statement's example: order [0, 2, 4, 5, 1, 3] dealt to 2 folds gives [0, 1, 4] and [2, 3, 5]."""
    kata.check("stratified_kfold", np.array([0, 1, 0, 1, 0, 0]), n_splits=2,
               expected=_splits([0, 1, 4], [2, 3, 5], n=6))


def test_dealing_continues_across_classes_by_hand(kata):
    """y = [1, 0, 1, 1, 0, 1, 2], 3 folds: the next class starts at the fold where the last one stopped."""
    # Sorted by label, stable: class 0 → 1, 4; class 1 → 0, 2, 3, 5; class 2 → 6.
    # Order [1, 4, 0, 2, 3, 5, 6] at positions 0..6 → folds 0,1,2,0,1,2,0.
    # Fold 0: 1, 2, 6. Fold 1: 4, 3. Fold 2: 0, 5.
    kata.check("stratified_kfold", np.array([1, 0, 1, 1, 0, 1, 2]), n_splits=3,
               expected=_splits([1, 2, 6], [3, 4], [0, 5], n=7))


def test_labels_sorted_not_first_seen_by_hand(kata):
    """y = [5, 5, 2, 2, -1, -1], 2 folds: classes dealt in order −1, 2, 5, each split across both folds."""
    # Order [4, 5, 2, 3, 0, 1] → folds 0,1,0,1,0,1. Fold 0: 4, 2, 0. Fold 1: 5, 3, 1.
    kata.check("stratified_kfold", np.array([5, 5, 2, 2, -1, -1]), n_splits=2,
               expected=_splits([0, 2, 4], [1, 3, 5], n=6))


def test_only_the_biggest_class_limits_n_splits(kata):
    """y = [0, 1, 1, 1] with 3 folds is allowed: class 1 has 3 samples, even though the first/lowest class has 1."""
    # Stable order [0, 1, 2, 3] → folds 0, 1, 2, 0. Fold 0: 0, 3. Fold 1: 1. Fold 2: 2.
    kata.check("stratified_kfold", np.array([0, 1, 1, 1]), n_splits=3, expected=_splits([0, 3], [1], [2], n=4))


def test_matches_reference_on_random_labels(kata, rng):
    """Random unbalanced labels (up to 80 samples, many ties) and fold counts."""
    arg_sets = []
    for _ in range(10):
        n = int(rng.integers(10, 80))
        y = rng.choice(np.array([0, 3, 4, 9]), n, p=rng.dirichlet(np.ones(4)))
        n_splits = int(rng.integers(2, min(7, np.bincount(y).max() + 1)))
        arg_sets.append(((y,), {"n_splits": n_splits}))
    kata.check_each("stratified_kfold", arg_sets)


def test_n_splits_equal_to_biggest_class(kata):
    """n_splits = the biggest class (3) is allowed: y = [0, 0, 0, 1], 3 folds."""
    # Order [0, 1, 2, 3] → folds 0, 1, 2, 0. Fold 0: 0, 3. Fold 1: 1. Fold 2: 2.
    kata.check("stratified_kfold", np.array([0, 0, 0, 1]), n_splits=3, expected=_splits([0, 3], [1], [2], n=4))


def test_n_splits_above_smallest_class_is_allowed(kata):
    """A class of 1 with 3 folds is allowed: two folds get none of it."""
    # y = [0, 1, 0, 0, 0, 0]: order [0, 2, 3, 4, 5, 1] → folds 0,1,2,0,1,2. Fold 0: 0, 4. Fold 1: 2, 5. Fold 2: 3, 1.
    kata.check("stratified_kfold", np.array([0, 1, 0, 0, 0, 0]), n_splits=3,
               expected=_splits([0, 4], [2, 5], [1, 3], n=6))


def test_two_folds_is_the_minimum(kata):
    """n_splits = 2 is allowed; y = [0, 0]: each index is its own fold."""
    kata.check("stratified_kfold", np.array([0, 0]), n_splits=2, expected=_splits([0], [1], n=2))


def test_n_splits_above_biggest_class_raises(kata):
    """n_splits = 4 with classes of 3 and 1 raises ValueError (so does y = [0, 0, 1, 1] with 3 folds)."""
    kata.raises("ValueError", "stratified_kfold", np.array([0, 0, 0, 1]), n_splits=4)
    kata.raises("ValueError", "stratified_kfold", np.array([0, 0, 1, 1]), n_splits=3)


def test_fewer_than_two_folds_raises(kata):
    """n_splits = 1 (or 0) raises ValueError: one fold leaves nothing to train on."""
    kata.raises("ValueError", "stratified_kfold", np.array([0, 1, 0, 1]), n_splits=1)
    kata.raises("ValueError", "stratified_kfold", np.array([0, 1, 0, 1]), n_splits=0)


def test_empty_labels_raise(kata):
    """An empty y raises ValueError: the biggest class has 0 samples."""
    kata.raises("ValueError", "stratified_kfold", np.zeros(0, dtype=np.int64), n_splits=2)


def test_folds_partition_and_balance(kata, rng):
    """Property: every index in exactly one validation fold; class counts and fold sizes differ by ≤ 1."""
    y = rng.integers(0, 5, 97)
    result = kata.call("stratified_kfold", y, n_splits=4)
    splits = result.value
    require(len(splits) == 4, f"{result.shown} should return 4 splits, got {len(splits)}")
    vals = [np.asarray(split[1]) for split in splits]
    require(np.array_equal(np.sort(np.concatenate(vals)), np.arange(97)),
            f"{result.shown}: every index should be in exactly one validation fold")
    for f, (train, val) in enumerate(splits):
        require(np.array_equal(np.sort(np.concatenate([np.asarray(train), np.asarray(val)])), np.arange(97)),
                f"{result.shown}: split {f}'s train and val together should hold every index once")
    sizes = [len(v) for v in vals]
    require(max(sizes) - min(sizes) <= 1, f"{result.shown}: fold sizes {sizes} should differ by at most one")
    for label in range(5):
        counts = [int(np.sum(y[v] == label)) for v in vals]
        require(max(counts) - min(counts) <= 1,
                f"{result.shown}: class {label} is spread over the folds as {counts}; counts should differ by ≤ 1")
