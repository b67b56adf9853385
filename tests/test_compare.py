"""The one comparison helper: what it accepts, what it refuses, and what it tells the learner."""
import numpy as np
import pytest

from grader.compare import Mismatch, assert_close, compare, describe_call


def test_equal_arrays_pass_and_close_ones_within_tolerance():
    assert compare(np.array([1.0, 2.0]), np.array([1.0, 2.0])) is None
    assert compare(np.array([1.0, 2.0 + 1e-9]), np.array([1.0, 2.0])) is None


def test_no_broadcasting_pass():
    problem = compare(np.zeros((3, 1)), np.zeros(3))
    assert "shape (3, 1)" in problem and "expected shape (3,)" in problem and "extra axis" in problem


def test_row_hints_only_for_trajectories():
    """'One row short / too many' is a trajectory's hint (n_steps + 1 rows expected), not any result's."""
    assert "one row short" in compare(np.zeros((3, 2)), np.zeros((4, 2)), steps=3)
    assert "one row short" in compare(np.zeros(3), np.zeros(4), steps=3)
    assert "one row too many" in compare(np.zeros(5), np.zeros(4), steps=3)
    assert "one row short" in compare((np.zeros(3), np.zeros(3)), (np.zeros(4), np.zeros(3)), steps=3)
    for problem in (compare(np.zeros(1, dtype=np.int64), np.zeros(2, dtype=np.int64)),   # NMS's kept indices
                    compare(np.zeros(3), np.zeros(4), steps=4),                         # n_steps rows, not n_steps + 1
                    compare(np.zeros(5), np.zeros(4), steps=4)):
        assert "has shape" in problem and "row" not in problem, problem


def test_scalar_array_and_nested_list_are_not_the_same_value():
    expected = np.array([6.0])
    for wrong in (6.0, [6.0], np.array([[6.0]]), np.array(6.0)):
        assert compare(wrong, expected) is not None, wrong


def test_wrong_dtype_is_named_with_a_fix():
    problem = compare(np.array([1, 2]), np.array([1.0, 2.0]))
    assert "dtype int64" in problem and "float64" in problem and "np.array(..., dtype=float)" in problem
    assert "x0" not in problem  # most katas have no x0


def test_nan_where_finite_expected():
    problem = compare(np.array([1.0, np.nan]), np.array([1.0, 2.0]))
    assert "non-finite" in problem and "index [1]" in problem


def test_largest_error_and_where():
    problem = compare(np.array([[1.0, 2.0], [3.0, 9.0]]), np.array([[1.0, 2.5], [3.0, 4.0]]))
    assert "2 of 4 entries" in problem and "index [1, 1]" in problem and "got 9.0" in problem
    assert "first wrong entry is at index [0, 1]" in problem


def test_lists_are_not_arrays_but_are_told_how_to_fix():
    assert "np.array" in compare([1.0, 2.0], np.array([1.0, 2.0]))


def test_floats_accept_numpy_scalars_and_refuse_arrays():
    assert compare(np.float64(0.5), 0.5) is None
    assert compare(0.5, 0.5) is None
    assert "float(...)" in compare(np.array([0.5]), 0.5)
    assert "off by" in compare(0.6, 0.5)
    assert compare(True, 1.0) is not None


def test_ints_and_tuples():
    assert compare((2, 5), (2, 5)) is None and "int(...)" in compare((np.int64(2), 5), (2, 5))  # the rule: Python ints
    assert "should be an int" in compare((2.0, 5), (2, 5))
    assert "item 1 of the result" in compare((2, 6), (2, 5))
    assert "has 1 item(s); expected 2" in compare((2,), (2, 5))


def test_assert_close_raises_a_mismatch_with_the_message():
    with pytest.raises(Mismatch, match="expected shape"):
        assert_close(np.zeros(2), np.zeros(3))


def test_describe_call_is_short():
    text = describe_call("f", (np.arange(100.0),), {"learning_rate": 0.1})
    assert text.startswith("f(<array shape=(100,)") and "learning_rate=0.1" in text


def test_stated_types_are_exact():
    """A tuple is not a list, a float is not an int (nor a float32), a str is not bytes."""
    assert "should be a tuple" in compare([1, 2], (1, 2))
    assert "should be a list" in compare((1.0,), [1.0])
    assert "should be a float" in compare(0, 0.0)
    assert "should be a float" in compare(np.int64(0), 0.0)
    assert "should be a float" in compare(np.float32(0.5), 0.5)
    assert compare(np.float64(0.5), 0.5) is None
    assert "should be a str" in compare(b"ab", "ab")
    assert compare("ab", "ab") is None and "expected 'ab'" in compare("ac", "ab")


def test_dicts_compare_keys_then_values():
    assert compare({"a": 1.0, "b": np.zeros(2)}, {"a": 1.0, "b": np.zeros(2)}) is None
    assert "missing ['b']" in compare({"a": 1.0}, {"a": 1.0, "b": 2.0})
    assert "the result['a']" in compare({"a": 1.5}, {"a": 1.0})


def test_nan_where_a_number_was_expected_and_the_reverse():
    """An all-NaN expected array against numbers (or the reverse) is a mismatch, never a crash."""
    assert "differs" in compare(np.array([1.0, 2.0]), np.array([np.nan, np.nan]))
    assert "non-finite" in compare(np.array([np.nan, 2.0]), np.array([1.0, 2.0]))
    assert compare(np.array([np.nan]), np.array([np.nan])) is None


def test_numbers_are_pythons_own_int_and_bool():
    """The one rule for numbers (README, "The contract's fine print"): np.int64 is not an int,
    np.bool_ not a bool, anywhere in a result (a json dump of the result would fail)."""
    import json
    problem = compare(np.int64(3), 3)
    assert "should be an int" in problem and "numpy int64 3" in problem and "int(...)" in problem
    assert "bool(...)" in compare(np.bool_(True), True)
    assert "int(...)" in compare((1, np.int64(2)), (1, 2))
    assert "int(...)" in compare({"feature": np.int64(0), "left": 1}, {"feature": 0, "left": 1})
    key_problem = compare({np.int64(1): 2.0}, {1: 2.0})
    assert "key" in key_problem and "int(...)" in key_problem
    with pytest.raises(TypeError):
        json.dumps({"feature": np.int64(0)})  # why: what passes must also be writable as json
    assert compare(np.float64(0.75), 0.75) is None  # np.float64 is a float (a subclass of it)
    assert compare(3, 3) is None and compare(True, True) is None
    assert "should be an int" in compare(True, 3)  # and a bool is not an int
    assert "numpy float32" in compare(np.float32(0.75), 0.75)
    # two wrong answers (a known mistake's and the learner's) compare as themselves
    assert compare(np.int64(1), np.int64(1)) is None and compare(np.int64(1), np.int64(2)) is not None
    assert compare(1, np.int64(1)) is not None


def test_all_entries_wrong_reads_as_all():
    assert "differs in all 4 entries" in compare(np.arange(4.0) + 1, np.arange(4.0) + 10)
    assert "differs in its only entry" in compare(np.array([1.0]), np.array([2.0]))
    assert "differs in 1 of 2 entries" in compare(np.array([1.0, 2.0]), np.array([1.0, 3.0]))
    assert "differs in all 2 entries" in compare(np.array([1, 2]), np.array([3, 4]))


def test_nested_items_read_as_a_path():
    assert "item 1 of the result" in compare((1, 2), (1, 3))
    problem = compare(((1, 2), (3, 4.0)), ((1, 2), (3, 5.0)))
    assert problem.startswith("the result[1][1] is 4.0") and "item 1 of item" not in problem
    assert compare({"a": (1, 2.0)}, {"a": (1, 3.0)}).startswith("the result['a'][1]")


def test_short_repr_keeps_the_shape_of_an_empty_2d_array():
    from grader.compare import short_repr
    assert short_repr(np.zeros((0, 3))) == "np.zeros((0, 3))"
    assert short_repr(np.zeros((2, 0), dtype=np.int64)) == "np.zeros((2, 0), dtype=int64)"
    assert short_repr(np.zeros(0)) == "np.array([])"


def test_a_big_array_is_shown_around_its_first_wrong_entry():
    """Not its first entries (identical in got and expected): the 2-D slice holding the first
    difference, or a window of flattened entries that starts just before it."""
    want = np.zeros((2, 3, 3), dtype=bool)
    got = want.copy()
    got[1, 1, 0] = True
    lines = compare(got, want).splitlines()
    assert lines[0].endswith("first at index [1, 1, 0]: got True, expected False")
    assert lines[1] == "  got      [1] [[False, False, False],"
    assert lines[2] == "                [ True, False, False],"
    assert lines[4] == "  expected [1] [[False, False, False],"
    want = np.arange(40)
    got = want.copy()
    got[20] = -1
    lines = compare(got, want).splitlines()
    assert lines[1] == "  got      […, 19, -1, 21, 22, 23, 24, …]  (entries 19 … 24 of 40, flattened)"
    assert lines[2] == "  expected […, 19, 20, 21, 22, 23, 24, …]"
    got = want.astype(float)
    got[39] = 0.5
    lines = compare(got, want.astype(float)).splitlines()
    assert lines[1].endswith(", 0.5]  (entries 34 … 39 of 40, flattened)") and lines[2].endswith(", 39]")
    got = np.arange(40.0)
    got[1] = 7.0
    assert compare(got, np.arange(40.0)).splitlines()[1] == "  got      [0, 7, 2, 3, 4, 5, …]  (entries 0 … 5 of 40, flattened)"
