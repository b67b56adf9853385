"""Hidden tests for numerics/lstsq_qr: lstsq_qr(A, b) -> (x, residual_norm)."""
import numpy as np

from grader.testing import require

LINE = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])


def _ill_conditioned(seed, m=8, n=4, smallest=1e-7):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((m, n)))
    V, _ = np.linalg.qr(rng.standard_normal((n, n)))
    return (U * np.geomspace(1.0, smallest, n)) @ V.T


def test_line_fit_by_hand(kata):
    """Fit c0 + c1·t to (0, 1), (1, 2), (2, 4): x = [5/6, 3/2], residual norm √6/6 (residuals 1/6, −1/3, 1/6)."""
    kata.check("lstsq_qr", LINE, np.array([1.0, 2.0, 4.0]), expected=(np.array([5 / 6, 1.5]), np.sqrt(6) / 6))


def test_square_system_by_hand(kata):
    """A = [[3, 1], [4, 2]], b = [0.5, 0.6]: the exact solution x = [0.2, −0.1], residual 0."""
    kata.check("lstsq_qr", np.array([[3.0, 1.0], [4.0, 2.0]]), np.array([0.5, 0.6]),
               expected=(np.array([0.2, -0.1]), 0.0), atol=1e-14)


def test_single_column_is_the_mean(kata):
    """A = a column of ones, b = [0.1, 0.7, 0.4]: x = [0.4] (the mean), residual √0.18."""
    kata.check("lstsq_qr", np.ones((3, 1)), np.array([0.1, 0.7, 0.4]), expected=(np.array([0.4]), np.sqrt(0.18)),
               atol=1e-15)


def test_b_orthogonal_to_the_columns(kata):
    """b = [1, −2, 1] is orthogonal to both columns of the line fit: x = [0, 0], residual ‖b‖ = √6."""
    kata.check("lstsq_qr", LINE, np.array([1.0, -2.0, 1.0]), expected=(np.zeros(2), np.sqrt(6.0)), atol=1e-15)


def test_zero_b(kata):
    """b = 0: x = 0 and residual 0."""
    kata.check("lstsq_qr", LINE, np.zeros(3), expected=(np.zeros(2), 0.0))


def test_integer_input_gives_float64(kata):
    """Int A and b (the line fit): float64 x = [5/6, 3/2] and a float residual."""
    kata.check("lstsq_qr", LINE.astype(int), np.array([1, 2, 4]), expected=(np.array([5 / 6, 1.5]), np.sqrt(6) / 6))


def test_ill_conditioned_system_keeps_its_digits(kata):
    """cond(A) = 1e7 and b = A·[0.3, −0.7, 1.1, 0.2]: QR recovers x to 1e-8; the normal equations miss by 1e-4."""
    x_true = np.array([0.3, -0.7, 1.1, 0.2])
    for seed in (0, 3):
        A = _ill_conditioned(seed)
        kata.check("lstsq_qr", A, A @ x_true, expected=(x_true, 0.0), rtol=0.0, atol=1e-8)


def test_remaining_norm_at_the_threshold_raises(kata):
    """A = [[1, 1], [0, 1e-10]]: what is left of column 1 is 1e-10 = 1e-10·‖a1‖: ValueError (≤)."""
    kata.raises("ValueError", "lstsq_qr", np.array([[1.0, 1.0], [0.0, 1e-10]]), np.array([1.0, 1.0]))


def test_remaining_norm_above_the_threshold_solves(kata):
    """A = [[1, 1], [0, 2e-10]], b = [1, 2e-10]: full rank, x = [0, 1], residual 0."""
    kata.check("lstsq_qr", np.array([[1.0, 1.0], [0.0, 2e-10]]), np.array([1.0, 2e-10]),
               expected=(np.array([0.0, 1.0]), 0.0), atol=1e-12)


def test_repeated_column_raises(kata):
    """Column 2 = column 0 + column 1 (entries 0.1, 0.7, …): rank deficient: ValueError."""
    a, b = np.array([0.1, 0.7, 0.3, 0.9]), np.array([0.2, -0.4, 0.6, 0.5])
    kata.raises("ValueError", "lstsq_qr", np.column_stack([a, b, a + b]), np.ones(4))


def test_zero_column_raises(kata):
    """A zero column raises ValueError (0 ≤ 0), not a division by zero."""
    kata.raises("ValueError", "lstsq_qr", np.array([[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]]), np.ones(3))


def test_tiny_scale_by_hand(kata):
    """A = 1e-150·(the line fit), b = [1, 2, 4]: x = 1e150·[5/6, 3/2], the residual is unchanged (√6/6)."""
    kata.check("lstsq_qr", 1e-150 * LINE, np.array([1.0, 2.0, 4.0]),
               expected=(1e150 * np.array([5 / 6, 1.5]), np.sqrt(6) / 6))


def test_huge_scale_by_hand(kata):
    """A = 1e150·(the line fit), b = 1e150·[1, 2, 4]: x = [5/6, 3/2], residual 1e150·√6/6."""
    kata.check("lstsq_qr", 1e150 * LINE, 1e150 * np.array([1.0, 2.0, 4.0]),
               expected=(np.array([5 / 6, 1.5]), 1e150 * np.sqrt(6) / 6))


def test_matches_reference_on_random_problems(kata, rng):
    """Random tall problems (m ≤ 12, n ≤ 6) with noisy b."""
    for m, n in ((4, 1), (5, 3), (9, 4), (12, 6), (6, 6)):
        A = rng.standard_normal((m, n))
        kata.check("lstsq_qr", A, A @ rng.standard_normal(n) + 0.3 * rng.standard_normal(m), atol=1e-10)


def test_residual_is_orthogonal_to_the_columns(kata, rng):
    """On a random 10×4 problem, Aᵀ(b − A x) = 0 (the least-squares condition) and residual_norm = ‖b − A x‖."""
    A, b = rng.standard_normal((10, 4)), rng.standard_normal(10)
    x, residual_norm = kata.call("lstsq_qr", A, b).value
    r = b - A @ np.asarray(x)
    require(np.allclose(A.T @ r, 0.0, atol=1e-12), f"Aᵀ(b − A x) should be 0, got {A.T @ r}")
    require(abs(residual_norm - np.linalg.norm(r)) <= 1e-12, "residual_norm should be ‖b − A x‖")


def test_wide_matrix_raises(kata):
    """m < n (2 × 3) raises ValueError."""
    kata.raises("ValueError", "lstsq_qr", np.ones((2, 3)), np.ones(2))


def test_wrong_b_shape_raises(kata):
    """b of length 4 for a 3-row A raises ValueError."""
    kata.raises("ValueError", "lstsq_qr", LINE, np.ones(4))


def test_one_dimensional_a_raises(kata):
    """A 1-D A raises ValueError."""
    kata.raises("ValueError", "lstsq_qr", np.ones(3), np.ones(3))
