"""Hidden tests for efficiency/magnitude_pruning: magnitude_prune(w, sparsity) and prune_2_4(w), each -> (pruned, mask)."""
import numpy as np

from grader.testing import require


def b(values):
    return np.array(values, dtype=bool)


def f(values):
    return np.array(values, dtype=np.float64)


def test_prunes_the_smallest_magnitudes(kata):
    """[[0.5, -3], [2, 0.1]] at sparsity 0.5: k = 2, the two smallest |w| (0.1, 0.5) become 0.0."""
    kata.check("magnitude_prune", f([[0.5, -3.0], [2.0, 0.1]]), 0.5,
               expected=(f([[0.0, -3.0], [2.0, 0.0]]), b([[False, True], [True, False]])))


def test_magnitude_not_signed_value(kata):
    """[1e6, -1e6, 1e-6, -1e-6] at 0.5: both ±1e-6 go, both ±1e6 stay (sorting by signed value would prune -1e6)."""
    kata.check("magnitude_prune", f([1e6, -1e6, 1e-6, -1e-6]), 0.5,
               expected=(f([1e6, -1e6, 0.0, 0.0]), b([True, True, False, False])))


def test_count_rounds_half_to_even(kata):
    """k = round(sparsity·n), half to even: n = 10 at 0.25 → 2.5 → 2; n = 5 at 0.7 → 3.5 → 4; n = 10 at 0.15 → 1.5 → 2."""
    w10 = f([-1.0, 2.0, -3.0, 4.0, -5.0, 6.0, -7.0, 8.0, -9.0, 10.0])
    keep2 = b([False, False] + [True] * 8)
    kata.check("magnitude_prune", w10, 0.25, expected=(np.where(keep2, w10, 0.0), keep2))
    w5 = f([0.3, -0.1, 0.5, -0.2, 0.4])
    keep4 = b([False, False, True, False, False])
    kata.check("magnitude_prune", w5, 0.7, expected=(np.where(keep4, w5, 0.0), keep4))
    kata.check("magnitude_prune", w10, 0.15, expected=(np.where(keep2, w10, 0.0), keep2))


def test_ties_prune_the_lower_flat_index_first(kata):
    """[[2, -1, 1], [1, -1, 5]] at 0.5: k = 3 among four entries of |w| = 1 (flat 1–4): flat 1, 2, 3 go, flat 4 stays."""
    w = f([[2.0, -1.0, 1.0], [1.0, -1.0, 5.0]])
    mask = b([[True, False, False], [False, True, True]])
    kata.check("magnitude_prune", w, 0.5, expected=(np.where(mask, w, 0.0), mask))


def test_one_threshold_for_the_whole_array(kata):
    """Unstructured: [[0.1, 0.2, 0.3, 0.4], [5, 6, 7, 8]] at 0.5 prunes all of row 0 (not half of each row)."""
    w = f([[0.1, 0.2, 0.3, 0.4], [5.0, 6.0, 7.0, 8.0]])
    mask = b([[False] * 4, [True] * 4])
    kata.check("magnitude_prune", w, 0.5, expected=(np.where(mask, w, 0.0), mask))


def test_sparsity_zero_and_one(kata):
    """sparsity 0 keeps everything; sparsity 1 prunes everything, to 0.0 (not -0.0) for negative entries too."""
    w = f([[-3.0, 2.0], [-0.5, 7.0]])
    kata.check("magnitude_prune", w, 0.0, expected=(w.copy(), np.ones((2, 2), dtype=bool)))
    pruned, mask = kata.call("magnitude_prune", w, 1.0).value
    require(not np.any(np.signbit(pruned)), "a pruned negative entry came back as -0.0; pruned entries are 0.0")
    kata.check("magnitude_prune", w, 1.0, expected=(np.zeros((2, 2)), np.zeros((2, 2), dtype=bool)))


def test_three_dimensions_and_ints(kata):
    """A (2, 1, 3) int array at 1/3: k = 2, |w| = 4, 1, 9, 1, 6, 2: both 1s go (flat 1 and 3)."""
    w = np.array([[[4, -1, 9]], [[1, 6, -2]]])
    mask = b([[[True, False, True]], [[False, True, True]]])
    kata.check("magnitude_prune", w, 1 / 3, expected=(np.where(mask, w, 0).astype(float), mask))


def test_empty_array(kata):
    """An empty w gives an empty float64 array and an empty bool mask of its shape."""
    kata.check("magnitude_prune", np.zeros((0, 3)), 0.5,
               expected=(np.zeros((0, 3)), np.zeros((0, 3), dtype=bool)))


def test_matches_reference_on_random_arrays(kata, rng):
    """Random arrays (1 to 3 dimensions, ≤ 64 entries, with repeated magnitudes) at random sparsities."""
    arg_sets = []
    for _ in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
        w = rng.integers(-4, 5, size=shape) * 0.7       # many equal magnitudes: ties matter
        arg_sets.append(((w, float(rng.uniform(0, 1))), {}))
    kata.check_each("magnitude_prune", arg_sets)


def test_invalid_sparsity_or_scalar_raises(kata):
    """sparsity -0.1, 1.1 or nan, or a 0-dimensional w: ValueError."""
    w = f([1.0, 2.0])
    kata.raises("ValueError", "magnitude_prune", w, -0.1)
    kata.raises("ValueError", "magnitude_prune", w, 1.1)
    kata.raises("ValueError", "magnitude_prune", w, float("nan"))
    kata.raises("ValueError", "magnitude_prune", np.array(2.0), 0.5)


def test_2_4_keeps_the_two_largest_of_each_group(kata):
    """[1, -4, 2, 3]: |w| 4 and 3 stay, 1 and 2 go."""
    kata.check("prune_2_4", f([1.0, -4.0, 2.0, 3.0]),
               expected=(f([0.0, -4.0, 0.0, 3.0]), b([False, True, False, True])))


def test_2_4_extremes(kata):
    """[1e6, -1e-6, -1e6, 1e-6]: both ±1e6 stay (by magnitude, not signed value)."""
    kata.check("prune_2_4", f([1e6, -1e-6, -1e6, 1e-6]),
               expected=(f([1e6, 0.0, -1e6, 0.0]), b([True, False, True, False])))


def test_2_4_ties_prune_the_lower_position_first(kata):
    """[5, 5, 5, 5] keeps positions 2 and 3; [-2, 2, 1, 2] prunes 1 and the first 2 (position 0), keeps 1 and 3."""
    kata.check("prune_2_4", f([[5.0, 5.0, 5.0, 5.0], [-2.0, 2.0, 1.0, 2.0]]),
               expected=(f([[0.0, 0.0, 5.0, 5.0], [0.0, 2.0, 0.0, 2.0]]),
                         b([[False, False, True, True], [False, True, False, True]])))


def test_2_4_groups_are_consecutive_along_the_last_axis(kata):
    """A (2, 8) array: groups are entries 0–3 and 4–7 of each row, each keeping 2 (not the 4 largest of the row)."""
    w = f([[9.0, 8.0, 7.0, 6.0, 0.1, 0.4, 0.2, 0.3],
           [1.0, 2.0, 3.0, 4.0, -8.0, 7.0, -6.0, 5.0]])
    mask = b([[True, True, False, False, False, True, False, True],
              [False, False, True, True, True, True, False, False]])
    kata.check("prune_2_4", w, expected=(np.where(mask, w, 0.0), mask))


def test_2_4_square_matrix_groups_rows_not_columns(kata):
    """A 4×4 array: each ROW is a group (the last axis), not each column."""
    w = f([[1.0, 2.0, 3.0, 4.0], [8.0, 7.0, 6.0, 5.0], [0.0, 9.0, 0.0, 9.0], [3.0, 1.0, 4.0, 1.0]])
    mask = b([[False, False, True, True], [True, True, False, False],
              [False, True, False, True], [True, False, True, False]])
    kata.check("prune_2_4", w, expected=(np.where(mask, w, 0.0), mask))


def test_2_4_three_dimensions_and_zero_groups(kata):
    """A (2, 1, 4) array with an all-zero group: its positions 2 and 3 are kept (ties), all values 0.0."""
    w = f([[[0.0, 0.0, 0.0, 0.0]], [[-1.5, 0.5, 2.5, -0.5]]])
    mask = b([[[False, False, True, True]], [[True, False, True, False]]])
    kata.check("prune_2_4", w, expected=(np.where(mask, w, 0.0), mask))


def test_2_4_negative_entries_become_positive_zero(kata):
    """Pruned negative entries are 0.0, not -0.0."""
    pruned, mask = kata.call("prune_2_4", f([-1.0, -2.0, -3.0, -4.0])).value
    require(not np.any(np.signbit(pruned[:2])), "a pruned negative entry came back as -0.0; pruned entries are 0.0")


def test_2_4_matches_reference_on_random_arrays(kata, rng):
    """Random arrays with last axis 4, 8 or 12 and repeated magnitudes."""
    arg_sets = []
    for _ in range(6):
        shape = tuple(int(s) for s in rng.integers(1, 4, size=int(rng.integers(0, 3)))) + (4 * int(rng.integers(1, 4)),)
        arg_sets.append(((rng.integers(-3, 4, size=shape) * 0.1,), {}))
    kata.check_each("prune_2_4", arg_sets)


def test_2_4_empty_and_invalid(kata):
    """An empty (0, 4) array gives empty results; a last axis of 6 or a scalar raise ValueError."""
    kata.check("prune_2_4", np.zeros((0, 4)), expected=(np.zeros((0, 4)), np.zeros((0, 4), dtype=bool)))
    kata.raises("ValueError", "prune_2_4", np.ones((2, 6)))
    kata.raises("ValueError", "prune_2_4", np.array(1.0))


def test_2_4_last_axis_not_the_size(kata):
    """A (4, 3) array has 12 entries but a last axis of 3: ValueError, since 2:4 groups never cross a row."""
    kata.raises("ValueError", "prune_2_4", np.ones((4, 3)))
