"""Hidden tests for data/stratified_split: stratified_split(y, *, val_fraction, test_fraction, seed)."""
import numpy as np

from grader.testing import require

EMPTY = np.zeros(0, dtype=np.int64)


def test_two_classes_by_hand(kata):
    """The statement's example: seed 0, a quarter each for validation and test."""
    # Class 0 {0, 2, 3, 5}, permutation(4) = [2, 0, 1, 3] → [3, 0, 2, 5]: test 3, val 0, train 2, 5.
    # Class 1 {1, 4, 6, 7}, permutation(4) = [3, 2, 1, 0] → [7, 6, 4, 1]: test 7, val 6, train 4, 1.
    kata.check("stratified_split", np.array([0, 1, 0, 0, 1, 0, 1, 1]), val_fraction=0.25, test_fraction=0.25,
               seed=0, expected=(np.array([1, 2, 4, 5]), np.array([0, 6]), np.array([3, 7])))


def test_counts_round_down_by_hand(kata):
    """One class of 5, test 0.3 (1.5 → 1), validation 0.5 (2.5 → 2): counts are floored."""
    # default_rng(0).permutation(5) = [2, 4, 3, 0, 1]: test [2], val [4, 3], train [0, 1].
    kata.check("stratified_split", np.array([7, 7, 7, 7, 7]), val_fraction=0.5, test_fraction=0.3, seed=0,
               expected=(np.array([0, 1]), np.array([3, 4]), np.array([2])))


def test_three_classes_in_sorted_order_by_hand(kata):
    """y = [2, 0, 2, 1, 0, 2], seed 4: classes drawn in sorted order 0, 1, 2; half to test."""
    # default_rng(4): permutation(2) = [1, 0], permutation(1) = [0], permutation(3) = [2, 0, 1].
    # Class 0 {1, 4} → [4, 1]: test 4. Class 1 {3}: floor(0.5) = 0, train 3.
    # Class 2 {0, 2, 5} → [5, 0, 2]: floor(1.5) = 1, test 5.
    kata.check("stratified_split", np.array([2, 0, 2, 1, 0, 2]), val_fraction=0.0, test_fraction=0.5, seed=4,
               expected=(np.array([0, 1, 2, 3]), EMPTY, np.array([4, 5])))


def test_matches_reference_on_random_labels(kata, rng):
    """Random labels (unbalanced, not 0..k−1), fractions and seeds."""
    arg_sets = []
    for _ in range(10):
        n = int(rng.integers(1, 60))
        labels = np.array([-3, 7, 10, 11])[: int(rng.integers(1, 5))]
        y = labels[rng.choice(len(labels), n, p=rng.dirichlet(np.ones(len(labels))))]
        val_fraction, test_fraction = (float(v) for v in rng.uniform(0, 0.45, 2))
        arg_sets.append(((y,), dict(val_fraction=val_fraction, test_fraction=test_fraction,
                                    seed=int(rng.integers(0, 10_000)))))
    kata.check_each("stratified_split", arg_sets)


def test_fractions_summing_to_exactly_one(kata):
    """val_fraction + test_fraction = 1 is allowed: only the rounding leftovers go to train."""
    # One class of 3, seed 0: permutation(3) = [2, 0, 1]; floor(1.5) = 1 each: test 2, val 0, train 1.
    kata.check("stratified_split", np.array([1, 1, 1]), val_fraction=0.5, test_fraction=0.5, seed=0,
               expected=(np.array([1]), np.array([0]), np.array([2])))
    # Classes {0, 2} and {1, 3}, seed 3: permutations [1, 0] then [0, 1]: class 0 → [2, 0], class 1 → [1, 3].
    kata.check("stratified_split", np.array([0, 1, 0, 1]), val_fraction=0.5, test_fraction=0.5, seed=3,
               expected=(EMPTY, np.array([0, 3]), np.array([1, 2])))


def test_fractions_over_one_raise(kata):
    """val_fraction + test_fraction > 1, or a negative fraction, raises ValueError."""
    kata.raises("ValueError", "stratified_split", np.array([0, 1, 0, 1]), val_fraction=0.5, test_fraction=0.6, seed=0)
    kata.raises("ValueError", "stratified_split", np.array([0, 1, 0, 1]), val_fraction=-0.1, test_fraction=0.2, seed=0)


def test_zero_fractions_keep_everything_in_train(kata):
    """Both fractions 0: train is every index, validation and test are empty int64 arrays."""
    kata.check("stratified_split", np.array([1, 0, 1, 2]), val_fraction=0.0, test_fraction=0.0, seed=5,
               expected=(np.array([0, 1, 2, 3]), EMPTY, EMPTY))


def test_everything_to_test(kata):
    """test_fraction = 1: every index goes to test; train and validation are empty int64 arrays."""
    kata.check("stratified_split", np.array([1, 0, 1, 2]), val_fraction=0.0, test_fraction=1.0, seed=2,
               expected=(EMPTY, EMPTY, np.array([0, 1, 2, 3])))


def test_no_samples(kata):
    """n = 0: three empty int64 arrays."""
    kata.check("stratified_split", np.zeros(0, dtype=np.int64), val_fraction=0.2, test_fraction=0.2, seed=0,
               expected=(EMPTY, EMPTY, EMPTY))


def test_partition_and_proportions(kata, rng):
    """Property: every index in exactly one set; each class's count per set is floor(fraction · n_c) or the rest."""
    y = rng.integers(0, 4, 200)
    result = kata.call("stratified_split", y, val_fraction=0.15, test_fraction=0.25, seed=11)
    train, val, test = (np.asarray(part) for part in result.value)
    together = np.sort(np.concatenate([train, val, test]))
    require(np.array_equal(together, np.arange(200)),
            f"{result.shown}: together the three sets should hold every index 0…199 exactly once")
    for label in range(4):
        n_c = int(np.sum(y == label))
        for part, fraction, name in ((test, 0.25, "test"), (val, 0.15, "validation")):
            got = int(np.sum(y[part] == label))
            require(abs(got - fraction * n_c) < 1,
                    f"{result.shown}: class {label} has {n_c} samples, so {name} should hold about "
                    f"{fraction * n_c:.2f} of them (rounded down), but it holds {got}")


def test_seed_changes_the_split(kata):
    """Different seeds give different splits (the shuffle comes from the seed)."""
    y = np.repeat([0, 1], 20)
    first = kata.call("stratified_split", y, val_fraction=0.25, test_fraction=0.25, seed=0)
    second = kata.call("stratified_split", y, val_fraction=0.25, test_fraction=0.25, seed=1)
    require(not np.array_equal(first.value[2], second.value[2]),
            f"{first.shown} and {second.shown} gave the same test set: shuffle with np.random.default_rng(seed)")


def test_fractions_are_checked_before_the_shortcut(kata):
    """n = 0 gives three empty sets, but the fractions are checked before the shortcut: 0.7 + 0.4 > 1 raises ValueError."""
    kata.raises("ValueError", "stratified_split", np.zeros(0, dtype=np.int64), val_fraction=0.7, test_fraction=0.4, seed=0)
    kata.raises("ValueError", "stratified_split", np.zeros(0, dtype=np.int64), val_fraction=-0.1, test_fraction=0.2, seed=0)
