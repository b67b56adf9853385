"""Hidden tests for numerics/cholesky_solve: cholesky(A) -> L and cholesky_solve(A, b) -> x."""
import numpy as np

from grader.testing import require

S2 = float(np.sqrt(2.0))
A2 = np.array([[4.0, 2.0], [2.0, 3.0]])
A3 = np.array([[4.0, 12.0, -16.0], [12.0, 37.0, -43.0], [-16.0, -43.0, 98.0]])
L3 = np.array([[2.0, 0.0, 0.0], [6.0, 1.0, 0.0], [-8.0, 5.0, 3.0]])


def _spd(rng, n, scale=1.0):
    M = rng.standard_normal((n, n))
    A = M @ M.T + n * np.eye(n)
    return scale * (A + A.T) / 2


def test_two_by_two_by_hand(kata):
    """A = [[4, 2], [2, 3]]: L = [[2, 0], [1, √2]] (pivot 3 − 1² = 2)."""
    kata.check("cholesky", A2, expected=np.array([[2.0, 0.0], [1.0, S2]]))


def test_three_by_three_by_hand(kata):
    """The textbook [[4, 12, −16], [12, 37, −43], [−16, −43, 98]]: L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]."""
    kata.check("cholesky", A3, expected=L3)


def test_non_dyadic_by_hand(kata):
    """A = [[0.49, 0.07], [0.07, 0.5]]: L = [[0.7, 0], [0.1, 0.7]] (pivot 0.5 − 0.01 = 0.49)."""
    kata.check("cholesky", np.array([[0.49, 0.07], [0.07, 0.5]]), expected=np.array([[0.7, 0.0], [0.1, 0.7]]),
               atol=1e-15)


def test_only_the_lower_triangle_is_read(kata):
    """A = [[4, 3], [2, 3]]: the 3 above the diagonal is ignored: L = [[2, 0], [1, √2]] as for [[4, 2], [2, 3]]."""
    kata.check("cholesky", np.array([[4.0, 3.0], [2.0, 3.0]]), expected=np.array([[2.0, 0.0], [1.0, S2]]))


def test_solve_two_by_two_by_hand(kata):
    """A = [[4, 2], [2, 3]], b = [0.2, 0.7]: x = [−0.1, 0.3]."""
    kata.check("cholesky_solve", A2, np.array([0.2, 0.7]), expected=np.array([-0.1, 0.3]), atol=1e-15)


def test_solve_three_by_three_by_hand(kata):
    """The textbook A with b = A·[1, −2, 0.5] = [−28, −83.5, 119]: x = [1, −2, 0.5]."""
    kata.check("cholesky_solve", A3, np.array([-28.0, -83.5, 119.0]), expected=np.array([1.0, -2.0, 0.5]),
               atol=1e-12)


def test_solve_reads_only_the_lower_triangle(kata):
    """cholesky_solve([[4, 3], [2, 3]], [0.2, 0.7]) = [−0.1, 0.3]: the upper triangle is ignored here too."""
    kata.check("cholesky_solve", np.array([[4.0, 3.0], [2.0, 3.0]]), np.array([0.2, 0.7]),
               expected=np.array([-0.1, 0.3]), atol=1e-15)


def test_one_by_one(kata):
    """A = [[2.25]]: L = [[1.5]]; b = [0.3]: x = [0.3 / 2.25]."""
    kata.check("cholesky", np.array([[2.25]]), expected=np.array([[1.5]]))
    kata.check("cholesky_solve", np.array([[2.25]]), np.array([0.3]), expected=np.array([0.3 / 2.25]))


def test_integer_input_gives_float64(kata):
    """Int arrays [[4, 2], [2, 3]] and [1, 0]: float64 results, x = [3/8, −1/4]."""
    kata.check("cholesky", np.array([[4, 2], [2, 3]]), expected=np.array([[2.0, 0.0], [1.0, S2]]))
    kata.check("cholesky_solve", np.array([[4, 2], [2, 3]]), np.array([1, 0]), expected=np.array([0.375, -0.25]))


def test_empty_matrix(kata):
    """n = 0: an empty (0, 0) L and an empty x."""
    kata.check("cholesky", np.zeros((0, 0)), expected=np.zeros((0, 0)))
    kata.check("cholesky_solve", np.zeros((0, 0)), np.zeros(0), expected=np.zeros(0))


def test_zero_pivot_raises(kata):
    """A = [[0.49, 0.7], [0.7, 1.0]]: L[1, 0] = 1, pivot 1 − 1 = 0 exactly: ValueError (only semi-definite)."""
    kata.raises("ValueError", "cholesky", np.array([[0.49, 0.7], [0.7, 1.0]]))


def test_zero_matrix_raises(kata):
    """A = [[0.0]]: the first pivot is 0: ValueError."""
    kata.raises("ValueError", "cholesky", np.array([[0.0]]))


def test_nan_pivot_raises(kata):
    """A = [[nan]]: NaN is not > 0: ValueError, not a NaN factor."""
    kata.raises("ValueError", "cholesky", np.array([[np.nan]]))


def test_indefinite_raises(kata):
    """A = [[1, 2], [2, 1]] (eigenvalues 3 and −1): pivot 1 − 4 = −3: ValueError."""
    kata.raises("ValueError", "cholesky", np.array([[1.0, 2.0], [2.0, 1.0]]))


def test_negative_diagonal_raises(kata):
    """A = [[−1]]: ValueError."""
    kata.raises("ValueError", "cholesky", np.array([[-1.0]]))


def test_solve_raises_when_not_positive_definite(kata):
    """cholesky_solve on [[1, 2], [2, 1]] raises ValueError (it passes cholesky's through)."""
    kata.raises("ValueError", "cholesky_solve", np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([1.0, 1.0]))


def test_tiny_scale_by_hand(kata):
    """A = 1e-200·[[4, 2], [2, 3]]: L = 1e-100·[[2, 0], [1, √2]]; x for b = 1e-200·[0.2, 0.7] is still [−0.1, 0.3]."""
    kata.check("cholesky", 1e-200 * A2, expected=1e-100 * np.array([[2.0, 0.0], [1.0, S2]]), atol=1e-300)
    kata.check("cholesky_solve", 1e-200 * A2, 1e-200 * np.array([0.2, 0.7]), expected=np.array([-0.1, 0.3]),
               atol=1e-15)


def test_huge_scale_by_hand(kata):
    """A = 1e200·[[4, 2], [2, 3]]: L = 1e100·[[2, 0], [1, √2]]; b = 1e200·[0.2, 0.7] gives x = [−0.1, 0.3]."""
    kata.check("cholesky", 1e200 * A2, expected=1e100 * np.array([[2.0, 0.0], [1.0, S2]]))
    kata.check("cholesky_solve", 1e200 * A2, 1e200 * np.array([0.2, 0.7]), expected=np.array([-0.1, 0.3]),
               atol=1e-15)


def test_matches_reference_on_random_matrices(kata, rng):
    """Random symmetric positive-definite matrices, n ≤ 8: L and x against the reference."""
    sets_cholesky, sets_cholesky_solve = [], []
    for n in (1, 2, 3, 5, 8):
        A = _spd(rng, n)
        sets_cholesky.append(((A,), {}))
        sets_cholesky_solve.append(((A, rng.standard_normal(n)), {}))
    kata.check_each("cholesky", sets_cholesky, atol=1e-12)
    kata.check_each("cholesky_solve", sets_cholesky_solve, atol=1e-12)


def test_solution_solves_the_system(kata, rng):
    """A random 7×7 SPD system: A x = b and L Lᵀ = A to 1e-10."""
    A, b = _spd(rng, 7), rng.standard_normal(7)
    L = np.asarray(kata.call("cholesky", A).value)
    x = np.asarray(kata.call("cholesky_solve", A, b).value)
    require(np.allclose(L @ L.T, A, atol=1e-10), "L @ L.T should equal A")
    require(np.all(np.triu(L, 1) == 0.0), "L should have exact zeros above the diagonal")
    require(np.allclose(A @ x, b, atol=1e-10), f"A @ x should equal b; the residual is {np.abs(A @ x - b).max():.3g}")


def test_non_square_raises(kata):
    """A of shape (2, 3) raises ValueError."""
    kata.raises("ValueError", "cholesky", np.ones((2, 3)))


def test_wrong_b_shape_raises(kata):
    """b of shape (3,) for a 2×2 A raises ValueError."""
    kata.raises("ValueError", "cholesky_solve", A2, np.array([1.0, 2.0, 3.0]))
