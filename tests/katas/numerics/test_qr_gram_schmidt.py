"""Hidden tests for numerics/qr_gram_schmidt: qr_gram_schmidt(A) -> (Q, R)."""
import numpy as np

from grader.testing import require

S2, S6 = float(np.sqrt(2.0)), float(np.sqrt(6.0))


def _full_rank(rng, m, n):
    return rng.standard_normal((m, n))


def test_two_by_two_by_hand(kata):
    """A = [[3, 1], [4, 2]]: q0 = [0.6, 0.8], R = [[5, 2.2], [0, 0.4]], q1 = [−0.8, 0.6]."""
    kata.check("qr_gram_schmidt", np.array([[3.0, 1.0], [4.0, 2.0]]),
               expected=(np.array([[0.6, -0.8], [0.8, 0.6]]), np.array([[5.0, 2.2], [0.0, 0.4]])))


def test_diagonal_of_r_is_positive_by_hand(kata):
    """A = [[−3, 1], [−4, 2]]: R[0, 0] = +5 (not −5), q0 = [−0.6, −0.8], R[0, 1] = −2.2, q1 = [−0.8, 0.6]."""
    kata.check("qr_gram_schmidt", np.array([[-3.0, 1.0], [-4.0, 2.0]]),
               expected=(np.array([[-0.6, -0.8], [-0.8, 0.6]]), np.array([[5.0, -2.2], [0.0, 0.4]])))


def test_nearly_dependent_columns_stay_orthogonal(kata):
    """Läuchli's matrix, ε = 1e-8: modified GS gives q2 = [0, −1, −1, 2]/√6; classical GS gives [0, −1, 0, 1]/√2."""
    # 1 + ε² rounds to 1, so every column has norm 1. MGS projects q1 out of what is LEFT of a2.
    e = 1e-8
    A = np.array([[1.0, 1.0, 1.0], [e, 0.0, 0.0], [0.0, e, 0.0], [0.0, 0.0, e]])
    Q = np.array([[1.0, 0.0, 0.0], [e, -1 / S2, -1 / S6], [0.0, 1 / S2, -1 / S6], [0.0, 0.0, 2 / S6]])
    R = np.array([[1.0, 1.0, 1.0], [0.0, S2 * e, e / S2], [0.0, 0.0, np.sqrt(1.5) * e]])
    # atol 1e-7: entries of size ε² and rounding at ε are not the point; Q's 0.29 gap is.
    kata.check("qr_gram_schmidt", A, expected=(Q, R), atol=1e-7)


def test_tall_three_by_two_by_hand(kata):
    """A = [[1, 0], [1, 1], [0, 1]]: q0 = [1, 1, 0]/√2, R[0, 1] = 1/√2, q1 = [−1, 1, 2]/√6, R[1, 1] = √1.5."""
    A = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    Q = np.array([[1 / S2, -1 / S6], [1 / S2, 1 / S6], [0.0, 2 / S6]])
    R = np.array([[S2, 1 / S2], [0.0, np.sqrt(1.5)]])
    kata.check("qr_gram_schmidt", A, expected=(Q, R))


def test_one_column_by_hand(kata):
    """A single column [0.1, 0.7]: R = [[√0.5]], Q = the column / √0.5."""
    A = np.array([[0.1], [0.7]])
    kata.check("qr_gram_schmidt", A, expected=(A / np.sqrt(0.5), np.array([[np.sqrt(0.5)]])))


def test_one_by_one_negative(kata):
    """A = [[−2.5]]: Q = [[−1]], R = [[2.5]] (the diagonal of R is positive)."""
    kata.check("qr_gram_schmidt", np.array([[-2.5]]), expected=(np.array([[-1.0]]), np.array([[2.5]])))


def test_integer_input_gives_float64(kata):
    """An int array [[3, 1], [4, 2]] gives the same float64 Q and R as the float one."""
    kata.check("qr_gram_schmidt", np.array([[3, 1], [4, 2]]),
               expected=(np.array([[0.6, -0.8], [0.8, 0.6]]), np.array([[5.0, 2.2], [0.0, 0.4]])))


def test_remaining_norm_at_the_threshold_raises(kata):
    """A = [[1, 1], [0, 1e-10]]: what is left of column 1 has norm 1e-10 = 1e-10·‖a1‖ exactly: ValueError (≤)."""
    # ‖a1‖ = √(1 + 1e-20) = 1.0 in floating point; v = a1 − 1·q0 = [0, 1e-10].
    kata.raises("ValueError", "qr_gram_schmidt", np.array([[1.0, 1.0], [0.0, 1e-10]]))


def test_remaining_norm_above_the_threshold_factors(kata):
    """A = [[1, 1], [0, 2e-10]]: left over 2e-10 > 1e-10: Q = I, R = [[1, 1], [0, 2e-10]]."""
    kata.check("qr_gram_schmidt", np.array([[1.0, 1.0], [0.0, 2e-10]]),
               expected=(np.eye(2), np.array([[1.0, 1.0], [0.0, 2e-10]])), atol=1e-20)


def test_a_tiny_column_is_not_dependent(kata):
    """A = [[1, 0], [0, 1e-12]]: column 1 is tiny but orthogonal to column 0 (left over = its whole norm): Q = I."""
    # The threshold is 1e-10 × the COLUMN's norm, not × ‖A‖ or an absolute 1e-10.
    kata.check("qr_gram_schmidt", np.array([[1.0, 0.0], [0.0, 1e-12]]),
               expected=(np.eye(2), np.array([[1.0, 0.0], [0.0, 1e-12]])), atol=1e-24)


def test_zero_column_raises(kata):
    """A zero column (the second of three) is dependent (0 ≤ 0): ValueError, not a division by zero."""
    A = np.array([[1.0, 0.0, 2.0], [2.0, 0.0, 1.0], [3.0, 0.0, 5.0]])
    kata.raises("ValueError", "qr_gram_schmidt", A)


def test_zero_first_column_raises(kata):
    """A zero FIRST column raises ValueError too (no column before it to project out)."""
    kata.raises("ValueError", "qr_gram_schmidt", np.array([[0.0, 1.0], [0.0, 2.0], [0.0, 3.0]]))


def test_repeated_column_raises(kata):
    """Column 2 = column 0 + column 1 (entries 0.1, 0.7, …): left over ~1e-17, far below the threshold: ValueError."""
    a, b = np.array([0.1, 0.7, 0.3, 0.9]), np.array([0.2, -0.4, 0.6, 0.5])
    kata.raises("ValueError", "qr_gram_schmidt", np.column_stack([a, b, a + b]))


def test_tiny_scale_by_hand(kata):
    """A = 1e-12·[[3, 1], [4, 2]]: the threshold is relative, so it factors: R = 1e-12·[[5, 2.2], [0, 0.4]]."""
    kata.check("qr_gram_schmidt", 1e-12 * np.array([[3.0, 1.0], [4.0, 2.0]]),
               expected=(np.array([[0.6, -0.8], [0.8, 0.6]]), 1e-12 * np.array([[5.0, 2.2], [0.0, 0.4]])),
               atol=1e-24)


def test_huge_scale_by_hand(kata):
    """A = 1e12·[[3, 1], [4, 2]]: R = 1e12·[[5, 2.2], [0, 0.4]], Q as at scale 1."""
    kata.check("qr_gram_schmidt", 1e12 * np.array([[3.0, 1.0], [4.0, 2.0]]),
               expected=(np.array([[0.6, -0.8], [0.8, 0.6]]), 1e12 * np.array([[5.0, 2.2], [0.0, 0.4]])))


def test_matches_reference_on_random_matrices(kata, rng):
    """Random tall and square matrices (m ≤ 12, n ≤ 8) at scales 1e-12, 1 and 1e12."""
    for scale in (1e-12, 1.0, 1e12, 1.0, 1.0):
        n = int(rng.integers(1, 9))
        m = int(rng.integers(n, 13))
        kata.check("qr_gram_schmidt", scale * _full_rank(rng, m, n), atol=1e-9 * scale)


def test_factors_reproduce_a(kata, rng):
    """On a random 9×5 matrix: Q R = A, QᵀQ = I, R upper triangular with a positive diagonal."""
    A = _full_rank(rng, 9, 5)
    Q, R = (np.asarray(x) for x in kata.call("qr_gram_schmidt", A).value)
    require(np.allclose(Q @ R, A, atol=1e-12), "Q @ R should equal A")
    require(np.allclose(Q.T @ Q, np.eye(5), atol=1e-12), "the columns of Q should be orthonormal")
    require(np.all(np.tril(R, -1) == 0.0), "R should be upper triangular (exact zeros below the diagonal)")
    require(np.all(np.diag(R) > 0), f"R's diagonal should be positive, got {np.diag(R)}")


def test_wide_matrix_raises(kata):
    """m < n (2 rows, 3 columns) raises ValueError: the reduced QR needs m ≥ n."""
    kata.raises("ValueError", "qr_gram_schmidt", np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))


def test_one_dimensional_input_raises(kata):
    """A 1-D array raises ValueError."""
    kata.raises("ValueError", "qr_gram_schmidt", np.array([1.0, 2.0]))


def test_no_columns_raises(kata):
    """A (3, 0) array raises ValueError (n ≥ 1)."""
    kata.raises("ValueError", "qr_gram_schmidt", np.zeros((3, 0)))
