"""Hidden tests for data/one_hot_encoder: fit_categories, one_hot_encode, ordinal_encode."""
import numpy as np

from grader.testing import require


def test_categories_are_sorted_by_hand(kata):
    """fit_categories(["b", "a", "c", "a"]) is ['a', 'b', 'c']: sorted, not in first-seen order."""
    kata.check("fit_categories", ["b", "a", "c", "a"], expected=["a", "b", "c"])


def test_int_categories_sort_numerically(kata):
    """fit_categories([10, 9, 2, 10]) is [2, 9, 10]: ints sort as numbers (as text it would be 10, 2, 9)."""
    kata.check("fit_categories", [10, 9, 2, 10], expected=[2, 9, 10])


def test_uppercase_sorts_first(kata):
    """Python's str order: "Banana" < "apple" < "cherry" (capitals come before lower case)."""
    kata.check("fit_categories", ["cherry", "apple", "Banana"], expected=["Banana", "apple", "cherry"])


def test_one_hot_by_hand(kata):
    """one_hot_encode(["c", "a", "c"], ["a", "b", "c"]): a 1.0 in column 2, 0, 2."""
    kata.check("one_hot_encode", ["c", "a", "c"], ["a", "b", "c"],
               expected=np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]))


def test_ordinal_by_hand(kata):
    """ordinal_encode(["c", "a", "b", "a"], ["a", "b", "c"]) is [2, 0, 1, 0] (int64)."""
    kata.check("ordinal_encode", ["c", "a", "b", "a"], ["a", "b", "c"], expected=np.array([2, 0, 1, 0]))


def test_unknown_one_hot_is_a_zero_row(kata):
    """An unknown value ("z") gets an all-zero row, no extra column, no error."""
    kata.check("one_hot_encode", ["b", "z", "a"], ["a", "b"],
               expected=np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]))


def test_unknown_ordinal_is_minus_one(kata):
    """An unknown value gets the code −1: ordinal_encode(["b", "z"], ["a", "b"]) is [1, −1]."""
    kata.check("ordinal_encode", ["b", "z"], ["a", "b"], expected=np.array([1, -1]))


def test_int_values_by_hand(kata):
    """Int categories [2, 9, 10]: values [10, 2, 5] encode to columns 2, 0 and (5 unknown) none."""
    kata.check("one_hot_encode", [10, 2, 5], [2, 9, 10],
               expected=np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    kata.check("ordinal_encode", [10, 2, 5], [2, 9, 10], expected=np.array([2, 0, -1]))


def _words(rng, pool, n):
    return [pool[int(i)] for i in rng.integers(0, len(pool), n)]


def test_matches_reference_on_random_data(kata, rng):
    """Random train and test lists of words and of ints; the test lists hold unseen values."""
    words = ["cat", "dog", "Emu", "ant", "bee", "yak", "Owl", "elk", "gnu", "ox"]
    calls = {"fit_categories": [], "one_hot_encode": [], "ordinal_encode": []}

    def add(train, test):
        categories = kata.expected("fit_categories", train)
        calls["fit_categories"].append(((train,), {}))
        calls["one_hot_encode"].append(((test, categories), {}))
        calls["ordinal_encode"].append(((test, categories), {}))
    for _ in range(6):
        train = _words(rng, words[:7], int(rng.integers(1, 25)))
        add(train, _words(rng, words, int(rng.integers(1, 15))))
    for _ in range(4):
        train = [int(v) for v in rng.integers(-20, 120, int(rng.integers(1, 25)))]
        add(train, [int(v) for v in rng.integers(-20, 120, int(rng.integers(1, 15)))] + train[:3])
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_all_values_unknown(kata):
    """Every value unknown: one-hot rows all zero, every ordinal code −1."""
    kata.check("one_hot_encode", ["x", "y"], ["a", "b", "c"], expected=np.zeros((2, 3)))
    kata.check("ordinal_encode", ["x", "y"], ["a", "b", "c"], expected=np.array([-1, -1]))


def test_empty_values(kata):
    """n = 0: fit_categories gives [], one-hot shape (0, k) float64, ordinal shape (0,) int64."""
    kata.check("fit_categories", [], expected=[])
    kata.check("one_hot_encode", [], ["a", "b"], expected=np.zeros((0, 2)))
    kata.check("ordinal_encode", [], ["a", "b"], expected=np.zeros(0, dtype=np.int64))


def test_no_categories(kata):
    """k = 0: one-hot rows are empty (shape (n, 0)), and every ordinal code is −1."""
    kata.check("one_hot_encode", ["a", "b", "a"], [], expected=np.zeros((3, 0)))
    kata.check("ordinal_encode", ["a", "b", "a"], [], expected=np.array([-1, -1, -1]))


def test_single_category(kata):
    """One category: one_hot_encode(["a", "a"], ["a"]) is [[1], [1]]; fit_categories(["a", "a"]) is ['a']."""
    kata.check("fit_categories", ["a", "a"], expected=["a"])
    kata.check("one_hot_encode", ["a", "a"], ["a"], expected=np.ones((2, 1)))
    kata.check("ordinal_encode", ["a", "a"], ["a"], expected=np.array([0, 0]))


def test_rows_sum_to_one_for_known_values(kata, rng):
    """Property: a known value's row has exactly one 1.0; its column is its ordinal code."""
    categories = ["a", "b", "c", "d", "e"]
    values = [categories[int(i)] for i in rng.integers(0, 5, 30)]
    onehot = np.asarray(kata.call("one_hot_encode", values, categories).value)
    codes = np.asarray(kata.call("ordinal_encode", values, categories).value)
    require(onehot.shape == (30, 5) and np.array_equal(onehot.sum(axis=1), np.ones(30))
            and np.array_equal(onehot.argmax(axis=1), codes),
            "every known value's one-hot row should hold a single 1.0, in the column given by its ordinal code")
