"""Hidden tests for efficiency/affine_uint8: quantize_affine(x) and dequantize_affine(q, scale, zero_point)."""
import numpy as np

from grader.testing import require

EPS = 2.0 ** -23


def u8(values):
    return np.array(values, dtype=np.uint8)


def test_ties_round_half_to_even(kata):
    """Range [-64, 63.5]: scale 0.5, zero point 128; 0.25 → 0.5 → 0, 0.75 → 1.5 → 2, -0.25 → 0, -0.75 → -2."""
    x = np.array([-64.0, 63.5, 0.25, 0.75, -0.25, -0.75, 1.25, 0.0])
    kata.check("quantize_affine", x, expected=(u8([0, 255, 128, 130, 128, 126, 130, 128]), 0.5, 128))


def test_zero_point_tie_rounds_half_to_even(kata):
    """Range [-0.75, 126.75]: scale 0.5, min/scale = -1.5 → -2, so zero point 2 (half up would give 1)."""
    x = np.array([-0.75, 126.75, 0.0, 1.0])
    kata.check("quantize_affine", x, expected=(u8([0, 255, 2, 4]), 0.5, 2))


def test_zero_point_tie_at_two_and_a_half(kata):
    """Range [-1.25, 126.25]: min/scale = -2.5 → -2 (zero point 2, half away from zero gives 3); 126.25 → 252 + 2."""
    kata.check("quantize_affine", np.array([-1.25, 126.25]), expected=(u8([0, 254]), 0.5, 2))


def test_non_dyadic_values_by_hand(kata):
    """[-1, 0, 1.55, 0.7, -0.2]: scale 2.55/255 = 0.01, zero point 100; 0.7 → 170, -0.2 → 80, 1.55 → 255."""
    x = np.array([-1.0, 0.0, 1.55, 0.7, -0.2])
    kata.check("quantize_affine", x, expected=(u8([0, 100, 255, 170, 80]), 2.55 / 255, 100))


def test_divides_by_the_scale(kata):
    """[0.0, 2.55, 0.205]: 0.205 / (2.55/255) is 20.500000000000004 in float64 → 21 (x times 1/scale gives 20.5 → 20)."""
    kata.check("quantize_affine", np.array([0.0, 2.55, 0.205]), expected=(u8([0, 255, 21]), 2.55 / 255, 0))


def test_all_positive_range_starts_at_zero(kata):
    """[2.0, 5.1] (no negative value): the range is widened to [0, 5.1], scale 0.02, zero point 0, q = [100, 255]."""
    kata.check("quantize_affine", np.array([2.0, 5.1]), expected=(u8([100, 255]), 5.1 / 255, 0))


def test_all_negative_range_ends_at_zero(kata):
    """[-5.1, -2.0]: the range is [-5.1, 0], scale 0.02, zero point 255, q = [0, 155]."""
    kata.check("quantize_affine", np.array([-5.1, -2.0]), expected=(u8([0, 155]), 5.1 / 255, 255))


def test_all_zero_gets_scale_eps(kata):
    """An all-zero array: the range is 0, so scale = EPS = 2**-23, zero point 0, q all 0."""
    kata.check("quantize_affine", np.zeros((2, 2)), expected=(np.zeros((2, 2), dtype=np.uint8), EPS, 0))


def test_tiny_range_is_floored_at_eps(kata):
    """[1e-6, -1e-6]: 2e-6/255 < EPS, so scale EPS; zero point round(8.39) = 8, q = [16, 0]."""
    kata.check("quantize_affine", np.array([1e-6, -1e-6]), expected=(u8([16, 0]), EPS, 8))


def test_range_just_above_the_floor(kata):
    """[-1e-6, 3e-5]: 3.1e-5/255 = 1.2157e-7 > EPS is kept; zero point 8, q = [0, 255]."""
    kata.check("quantize_affine", np.array([-1e-6, 3e-5]), expected=(u8([0, 255]), 3.1e-5 / 255, 8))


def test_huge_magnitudes(kata):
    """[1e6, -2e6, 3.3e5]: scale 3e6/255, zero point 170, 3.3e5 → 28 + 170 = 198."""
    x = np.array([1e6, -2e6, 3.3e5])
    kata.check("quantize_affine", x, expected=(u8([255, 0, 198]), 3e6 / 255, 170))


def test_int_input_and_two_dimensions(kata):
    """An int array [[3, -1], [250, 0]]: scale 251/255, zero point 1, q = [[4, 0], [255, 1]]."""
    x = np.array([[3, -1], [250, 0]])
    kata.check("quantize_affine", x, expected=(u8([[4, 0], [255, 1]]), 251 / 255, 1))


def test_dequantize_by_hand(kata):
    """(q − zero_point)·scale in a signed type: [0, 128, 255] with scale 0.5, zero point 128 → [-64, 0, 63.5]."""
    kata.check("dequantize_affine", u8([0, 128, 255]), 0.5, 128, expected=np.array([-64.0, 0.0, 63.5]))
    kata.check("dequantize_affine", u8([[0, 100], [170, 80]]), 0.01, 100,
               expected=np.array([[-1.0, 0.0], [0.7, -0.2]]))


def test_matches_reference_on_random_arrays(kata, rng):
    """Random arrays of 1 to 3 dimensions, shifted and scaled (magnitudes 1e-3 to 1e3)."""
    arg_sets = []
    for _ in range(10):
        shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
        x = (rng.standard_normal(shape) + rng.uniform(-2, 2)) * 10.0 ** rng.uniform(-3, 3)
        arg_sets.append(((x,), {}))
    kata.check_each("quantize_affine", arg_sets)


def test_zero_round_trips_exactly(kata, rng):
    """With the learner's functions: 0.0 dequantises to exactly 0.0, and every entry moves by at most scale/2."""
    x = np.concatenate([rng.uniform(-0.3, 2.9, size=12), [0.0]])
    q, scale, zero_point = kata.call("quantize_affine", x).value
    back = kata.call("dequantize_affine", q, scale, zero_point).value
    require(back[-1] == 0.0, f"0.0 came back as {back[-1]!r}, not exactly 0.0")
    require(np.all(np.abs(x - back) <= scale / 2 * (1 + 1e-9)),
            "quantize then dequantize moved an entry by more than half the scale")


def test_empty_scalar_or_non_finite_raises(kata):
    """No entries, a 0-dimensional array, nan or ±inf: ValueError."""
    kata.raises("ValueError", "quantize_affine", np.zeros((0, 2)))
    kata.raises("ValueError", "quantize_affine", np.array(0.5))
    kata.raises("ValueError", "quantize_affine", np.array([0.0, np.nan]))
    kata.raises("ValueError", "quantize_affine", np.array([-np.inf, 1.0]))
