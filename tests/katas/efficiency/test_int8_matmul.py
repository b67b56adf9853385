"""Hidden tests for efficiency/int8_matmul: quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale) -> (acc, y_q)."""
import numpy as np

A4 = np.array([[2, 3], [-1, 4], [-2, -3], [1, 0]], dtype=np.int8)
B2 = np.array([[2, 0], [2, -1]], dtype=np.int8)
ACC = np.array([[10, -3], [6, -4], [-10, 3], [2, 0]], dtype=np.int32)


def i8(values):
    return np.array(values, dtype=np.int8)


def test_requantisation_ties_round_half_to_even(kata):
    """M = 0.5·0.25/0.5 = 0.25: acc 10 → 2.5 → 2, 6 → 1.5 → 2, -10 → -2.5 → -2, 2 → 0.5 → 0, -3 → -0.75 → -1."""
    y = i8([[2, -1], [2, -1], [-2, 1], [0, 0]])
    kata.check("quantized_matmul", A4, 0.5, B2, 0.25, 0.5, expected=(ACC, y))


def test_multiplier_order_is_pinned(kata):
    """acc = 5, scales 0.1, [0.1, 0.7], 0.1: (0.1·0.1)/0.1 gives 5·M = 0.5000000000000001 → 1 and (0.1·0.7)/0.1 gives 3.4999999999999996 → 3 (other orders give exactly 0.5 → 0 and 3.5 → 4)."""
    kata.check("quantized_matmul", i8([[5]]), 0.1, i8([[1, 1]]), np.array([0.1, 0.7]), 0.1,
               expected=(np.array([[5, 5]], dtype=np.int32), i8([[1, 3]])))


def test_int8_products_do_not_overflow(kata):
    """[[100, 100]] @ [[100], [100]] = 20000 exactly (int8 arithmetic wraps around); M = 0.01 gives 200 → 127."""
    a = i8([[100, 100]])
    b = i8([[100], [100]])
    kata.check("quantized_matmul", a, 1.0, b, 1.0, 100.0,
               expected=(np.array([[20000]], dtype=np.int32), i8([[127]])))


def test_sums_do_not_overflow_int16(kata):
    """k = 3: 3·127·127 = 48387 and 3·(-128)·127 = -48768, beyond int16; with M = 1/400 → 120.97 → 121 and -121.92 → -122."""
    a = i8([[127, 127, 127], [-128, -128, -128]])
    b = i8([[127], [127], [127]])
    kata.check("quantized_matmul", a, 0.5, b, 0.01, 2.0,
               expected=(np.array([[48387], [-48768]], dtype=np.int32), i8([[121], [-122]])))


def test_clamps_to_the_narrow_range(kata):
    """acc = ±32258 with M = 1: both extremes clamp, to 127 and to -127 (never -128)."""
    a = i8([[127, 127]])
    b = i8([[127, -127], [127, -127]])
    kata.check("quantized_matmul", a, 1.0, b, 1.0, 1.0,
               expected=(np.array([[32258, -32258]], dtype=np.int32), i8([[127, -127]])))


def test_non_dyadic_scales_by_hand(kata):
    """Scales 0.1, 0.03, 0.7: M = 0.003/0.7; acc [[-203, 1040], [2884, 3368]] → [[-0.87, 4.46], [12.36, 14.43]] → [[-1, 4], [12, 14]]."""
    a = i8([[7, -5, 12], [-128, 127, 3]])
    b = i8([[10, -20], [33, 4], [-9, 100]])
    kata.check("quantized_matmul", a, 0.1, b, 0.03, 0.7,
               expected=(np.array([[-203, 1040], [2884, 3368]], dtype=np.int32), i8([[-1, 4], [12, 14]])))


def test_per_column_scales_on_a_square_product(kata):
    """A square 2×2 product with b_scale = [1, 0.1]: the scales go with the COLUMNS (output channels), not the rows."""
    a = i8([[10, 0], [0, 20]])
    b = i8([[3, 4], [5, 6]])
    # acc = [[30, 40], [100, 120]]; column 0 ×1, column 1 ×0.1 → [[30, 4], [100, 12]]
    kata.check("quantized_matmul", a, 1.0, b, np.array([1.0, 0.1]), 1.0,
               expected=(np.array([[30, 40], [100, 120]], dtype=np.int32), i8([[30, 4], [100, 12]])))


def test_per_column_weight_scales(kata):
    """b_scale = [0.25, 0.5]: column 0 uses M = 0.25, column 1 M = 0.5 (-3 → -1.5 → -2, 3 → 1.5 → 2, -4 → -2)."""
    y = i8([[2, -2], [2, -2], [-2, 2], [0, 0]])
    kata.check("quantized_matmul", A4, 0.5, B2, np.array([0.25, 0.5]), 0.5, expected=(ACC, y))


def test_one_by_one(kata):
    """n = k = m = 1: [[-128]] @ [[-128]] = 16384, M = 0.005 → 81.92 → 82."""
    kata.check("quantized_matmul", i8([[-128]]), 0.05, i8([[-128]]), 0.1, 1.0,
               expected=(np.array([[16384]], dtype=np.int32), i8([[82]])))


def test_matches_reference_on_random_matrices(kata, rng):
    """Random int8 matrices (n, k, m ≤ 16, codes -128..127) with random per-tensor or per-column scales."""
    arg_sets = []
    for trial in range(8):
        n, k, m = (int(v) for v in rng.integers(1, 17, size=3))
        a = rng.integers(-128, 128, size=(n, k)).astype(np.int8)
        b = rng.integers(-128, 128, size=(k, m)).astype(np.int8)
        b_scale = rng.uniform(0.001, 0.05, size=m) if trial % 2 else float(rng.uniform(0.001, 0.05))
        arg_sets.append(((a, float(rng.uniform(0.01, 0.1)), b, b_scale, float(rng.uniform(0.5, 20.0))), {}))
    kata.check_each("quantized_matmul", arg_sets)


def test_invalid_arguments_raise(kata):
    """ValueError: inner dimensions differ, an int64 input, a 1-D input, a zero or negative scale, b_scale of the wrong length."""
    kata.raises_each([
        ("ValueError", "quantized_matmul", (A4, 0.5, i8([[1, 2]]), 0.25, 0.5), {}),
        ("ValueError", "quantized_matmul", (A4.astype(np.int64), 0.5, B2, 0.25, 0.5), {}),
        ("ValueError", "quantized_matmul", (i8([1, 2]), 0.5, B2, 0.25, 0.5), {}),
        ("ValueError", "quantized_matmul", (A4, 0.0, B2, 0.25, 0.5), {}),
        ("ValueError", "quantized_matmul", (A4, 0.5, B2, 0.25, -1.0), {}),
        ("ValueError", "quantized_matmul", (A4, 0.5, B2, np.array([0.25, 0.5, 1.0]), 0.5), {}),
        ("ValueError", "quantized_matmul", (A4, 0.5, B2, np.array([0.25, 0.0]), 0.5), {}),
    ])
