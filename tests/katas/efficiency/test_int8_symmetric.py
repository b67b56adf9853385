"""Hidden tests for efficiency/int8_symmetric: quantize_symmetric(x, axis=None) and dequantize_symmetric(q, scale, axis=None)."""
import numpy as np

from grader.testing import require

X3 = np.array([[1.0, -2.54, 0.5], [0.0, 0.0, 0.0], [0.3, 0.1, -0.2]])


def i8(values):
    return np.array(values, dtype=np.int8)


def test_ties_round_half_to_even(kata):
    """max|x| = 127 gives scale 1.0: 2.5 → 2, -2.5 → -2, 0.5 → 0, -0.5 → 0, 1.5 → 2, 3.5 → 4."""
    x = np.array([127.0, 2.5, -2.5, 0.5, -0.5, 1.5, 3.5, -3.5])
    kata.check("quantize_symmetric", x, expected=(i8([127, 2, -2, 0, 0, 2, 4, -4]), 1.0))


def test_half_a_scale_step(kata):
    """max|x| = 63.5 gives scale 0.5: 0.25 (half a step) → 0, 0.75 → 2, 1.25 → 2, -1.25 → -2."""
    x = np.array([63.5, 0.25, 0.75, 1.25, -1.25, -0.3])
    kata.check("quantize_symmetric", x, expected=(i8([127, 0, 2, 2, -2, -1]), 0.5))


def test_non_dyadic_values_by_hand(kata):
    """[0.7, -0.1, 0.3, 0.2]: scale 0.7/127; -0.1/scale = -18.14 → -18, 0.3 → 54.43 → 54, 0.2 → 36.29 → 36."""
    x = np.array([0.7, -0.1, 0.3, 0.2])
    kata.check("quantize_symmetric", x, expected=(i8([127, -18, 54, 36]), 0.7 / 127))


def test_divides_by_the_scale(kata):
    """[2.54, 0.59]: 0.59 / (2.54/127) is 29.499999999999996 in float64 → 29 (x times 1/scale gives 29.5 → 30)."""
    kata.check("quantize_symmetric", np.array([2.54, 0.59]), expected=(i8([127, 29]), 2.54 / 127))


def test_the_largest_magnitude_may_be_negative(kata):
    """[-5.08, 1.0]: the scale comes from max |x| = 5.08 (0.04), so -5.08 → -127 and 1.0 → 25."""
    kata.check("quantize_symmetric", np.array([-5.08, 1.0]), expected=(i8([-127, 25]), 0.04))


def test_huge_and_tiny_magnitudes(kata):
    """[1e6, -3e5] → [127, -38] (scale 1e6/127); [-1e-6, 2.5e-7] → [-127, 32] (scale 1e-6/127)."""
    kata.check("quantize_symmetric", np.array([1e6, -3e5]), expected=(i8([127, -38]), 1e6 / 127))
    kata.check("quantize_symmetric", np.array([-1e-6, 2.5e-7]), expected=(i8([-127, 32]), 1e-6 / 127))


def test_all_zero_tensor_gets_scale_one(kata):
    """An all-zero tensor: scale 1.0 (not 0, which would divide 0 by 0) and q all 0."""
    kata.check("quantize_symmetric", np.zeros((2, 3)), expected=(np.zeros((2, 3), dtype=np.int8), 1.0))


def test_single_entry(kata):
    """A single entry x = [-0.7]: scale 0.7/127 and q = [-127]."""
    kata.check("quantize_symmetric", np.array([-0.7]), expected=(i8([-127]), 0.7 / 127))


def test_per_row_by_hand(kata):
    """axis=0: each row its own scale [0.02, 1.0 (all-zero row), 0.3/127]; row 2 → [127, 42, -85]."""
    q = i8([[50, -127, 25], [0, 0, 0], [127, 42, -85]])
    kata.check("quantize_symmetric", X3, axis=0, expected=(q, np.array([0.02, 1.0, 0.3 / 127])))


def test_per_column_by_hand(kata):
    """axis=1: each column its own scale [1/127, 0.02, 0.5/127]; column 2 → [127, 0, -51]."""
    q = i8([[127, -127, 127], [0, 0, 0], [38, 5, -51]])
    kata.check("quantize_symmetric", X3, axis=1, expected=(q, np.array([1 / 127, 0.02, 0.5 / 127])))


def test_negative_axis_on_three_dimensions(kata):
    """axis=-1 on a (2, 1, 2) array: channel 0 has max|x| 12.7, channel 1 is all zero (scale 1.0)."""
    x = np.array([[[12.7, 0.0]], [[-3.1, 0.0]]])
    q = np.array([[[127, 0]], [[-31, 0]]], dtype=np.int8)
    kata.check("quantize_symmetric", x, axis=-1, expected=(q, np.array([0.1, 1.0])))


def test_int_input(kata):
    """An int array [254, -3, 1] quantises like floats: scale 2.0, q = [127, -2 (−1.5 → −2), 0 (0.5 → 0)]."""
    kata.check("quantize_symmetric", np.array([254, -3, 1]), expected=(i8([127, -2, 0]), 2.0))


def test_dequantize_by_hand(kata):
    """Per tensor q·scale; per channel q[c]·scale[c] along axis (here columns, axis=1)."""
    kata.check("dequantize_symmetric", i8([127, -18, 0]), 0.1, expected=np.array([12.7, -1.8, 0.0]))
    q = i8([[127, -127], [10, 0]])
    kata.check("dequantize_symmetric", q, np.array([0.5, 0.02]), axis=1,
               expected=np.array([[63.5, -2.54], [5.0, 0.0]]))
    kata.check("dequantize_symmetric", q, np.array([0.5, 0.02]), axis=0,
               expected=np.array([[63.5, -63.5], [0.2, 0.0]]))


def test_matches_reference_on_random_arrays(kata, rng):
    """Random arrays of 1 to 3 dimensions and magnitudes 1e-3 to 1e3, per tensor and along every axis."""
    arg_sets = []
    for trial in range(12):
        shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
        x = rng.standard_normal(shape) * 10.0 ** rng.uniform(-3, 3)
        axis = None if trial % 3 == 0 else int(rng.integers(-len(shape), len(shape)))
        arg_sets.append(((x,), {"axis": axis}))
    kata.check_each("quantize_symmetric", arg_sets)


def test_round_trip_error_is_at_most_half_a_step(kata, rng):
    """Quantise then dequantise with the learner's functions: |x − x̂| ≤ scale/2 in every channel."""
    x = rng.standard_normal((4, 5)) * 3.0
    q, scale = kata.call("quantize_symmetric", x, axis=1).value
    back = kata.call("dequantize_symmetric", q, scale, axis=1).value
    require(np.all(np.abs(x - back) <= np.asarray(scale)[None, :] / 2 * (1 + 1e-9)),
            "quantize then dequantize moved an entry by more than half its channel's scale")


def test_empty_or_scalar_raises(kata):
    """An array with no entries, or a 0-dimensional one, raises ValueError (per tensor and per channel)."""
    kata.raises("ValueError", "quantize_symmetric", np.zeros((0,)))
    kata.raises("ValueError", "quantize_symmetric", np.zeros((0, 3)), axis=1)
    kata.raises("ValueError", "quantize_symmetric", np.array(1.5))


def test_non_finite_raises(kata):
    """nan or ±inf in x raises ValueError, per tensor and per channel (also in an otherwise all-zero channel)."""
    kata.raises("ValueError", "quantize_symmetric", np.array([1.0, np.nan]))
    kata.raises("ValueError", "quantize_symmetric", np.array([[0.0, -np.inf], [1.0, 2.0]]), axis=0)
    kata.raises("ValueError", "quantize_symmetric", np.array([np.inf, 1.0]))


def test_dequantize_wrong_scale_length_raises(kata):
    """Per channel, a scale whose length is not q.shape[axis] raises ValueError."""
    kata.raises("ValueError", "dequantize_symmetric", i8([[1, 2, 3], [4, 5, 6]]), np.array([0.1, 0.2]), axis=1)
