"""Hidden tests for numerics/power_iteration: power_iteration(A, *, tol=1e-10, max_iter=1000)."""
import numpy as np

from grader.testing import require

S2 = float(np.sqrt(2.0))


def _symmetric(rng, eigenvalues):
    q, _ = np.linalg.qr(rng.standard_normal((len(eigenvalues), len(eigenvalues))))
    return (q * np.asarray(eigenvalues)) @ q.T


def test_diagonal_by_hand(kata):
    """diag(4, 1), tol 0.1: iterates [4^k, 1]/‖·‖; ‖w − v‖ = 0.534, 0.182, 0.047, so it stops at k = 3."""
    # w3 = [64, 1]/√4097; eigenvalue w3ᵀAw3 = (4·4096 + 1)/4097 = 16385/4097.
    kata.check("power_iteration", np.array([[4.0, 0.0], [0.0, 1.0]]), tol=0.1,
               expected=(16385 / 4097, np.array([64.0, 1.0]) / np.sqrt(4097.0), 3))


def test_rank_one_by_hand(kata):
    """A = 10·uuᵀ with u = [−1, 3]/√10: w = u after one product, the check passes at k = 2; λ = 10."""
    # A = [[1, −3], [−3, 9]]; A·ones ∝ [−2, 6] ∝ u, whose largest-|entry| (3) is already positive.
    kata.check("power_iteration", np.array([[1.0, -3.0], [-3.0, 9.0]]),
               expected=(10.0, np.array([-1.0, 3.0]) / np.sqrt(10.0), 2))


def test_negative_dominant_eigenvalue_by_hand(kata):
    """A = −10·uuᵀ: λ = −10; the sign fix inside the loop stops the flipping, so k = 2 again."""
    # A·ones ∝ −u = [1, −3]/√10 -> flipped to u; A·u = −10u -> flipped back to u; ‖u − u‖ = 0.
    kata.check("power_iteration", np.array([[-1.0, 3.0], [3.0, -9.0]]),
               expected=(-10.0, np.array([-1.0, 3.0]) / np.sqrt(10.0), 2))


def test_stops_when_the_change_equals_tol(kata):
    """A = 2I (4×4) with tol = 0: w equals v exactly, ‖w − v‖ = 0 ≤ 0, so it stops at k = 1."""
    # v = [0.5]*4; A v = [1]*4, ‖·‖ = 2, w = [0.5]*4: all exact in floating point.
    kata.check("power_iteration", 2.0 * np.eye(4), tol=0.0, max_iter=5,
               expected=(2.0, np.full(4, 0.5), 1))


def test_one_by_one(kata):
    """d = 1: [[3]] gives (3.0, [1.0], 1); [[−3]] gives (−3.0, [1.0], 1) after the sign fix."""
    kata.check("power_iteration", np.array([[3.0]]), expected=(3.0, np.array([1.0]), 1))
    kata.check("power_iteration", np.array([[-3.0]]), expected=(-3.0, np.array([1.0]), 1))


def test_start_vector_is_pinned(kata):
    """[[1, −2], [−2, 1]]: the ones vector is an eigenvector (λ = −1), so it stays there: (−1.0, [1, 1]/√2, 1)."""
    # A·[1, 1]/√2 = [−1, −1]/√2 -> normalised and flipped: [1, 1]/√2 again. The dominant λ = 3 is never seen.
    kata.check("power_iteration", np.array([[1.0, -2.0], [-2.0, 1.0]]),
               expected=(-1.0, np.array([1.0, 1.0]) / S2, 1))


def test_sign_tie_goes_to_the_first_index(kata):
    """4×4, max_iter 1: w = [1, −1, 0, 0]/√2 ties in |entry|; the first index is positive, so no flip."""
    # A = [[1, 1], [1, −3]] padded with zeros to 4×4 (dominant λ = −1 − √5, unique). The start vector is
    # [0.5]*4 (exact), so A·v = [1, −1, 0, 0] exactly in any summation order, normalised [1, −1, 0, 0]/√2:
    # |w0| == |w1| exactly, np.argmax takes index 0, w0 > 0, so w stays as it is (the LAST index of
    # largest |entry| would flip it to [−1, 1, 0, 0]/√2).
    # Rayleigh quotient: (1·1 + 2·1·1·(−1) + (−3)·1)/2 = (1 − 2 − 3)/2 = −2.
    A = np.zeros((4, 4))
    A[:2, :2] = [[1.0, 1.0], [1.0, -3.0]]
    kata.check("power_iteration", A, max_iter=1,
               expected=(-2.0, np.array([1.0, -1.0, 0.0, 0.0]) / S2, 1))


def test_max_iter_reached(kata):
    """diag(4, 1), tol 0, max_iter 2: stops after 2 products at [16, 1]/√257, λ = (4·256 + 1)/257."""
    kata.check("power_iteration", np.array([[4.0, 0.0], [0.0, 1.0]]), tol=0.0, max_iter=2,
               expected=(1025 / 257, np.array([16.0, 1.0]) / np.sqrt(257.0), 2))


def test_zero_iterations(kata):
    """max_iter = 0: no product; the start vector [1, 1]/√2 and its Rayleigh quotient (4 + 1)/2 = 2.5."""
    kata.check("power_iteration", np.array([[4.0, 0.0], [0.0, 1.0]]), max_iter=0,
               expected=(2.5, np.array([1.0, 1.0]) / S2, 0))


def test_zero_matrix(kata):
    """A = 0 (3×3): A @ v is exactly zero at k = 1: (0.0, [1, 1, 1]/√3, 1), no division by zero."""
    kata.check("power_iteration", np.zeros((3, 3)), expected=(0.0, np.ones(3) / np.sqrt(3.0), 1))


def test_integer_matrix(kata):
    """An int matrix [[1, −3], [−3, 9]] works like its float version."""
    kata.check("power_iteration", np.array([[1, -3], [-3, 9]]),
               expected=(10.0, np.array([-1.0, 3.0]) / np.sqrt(10.0), 2))


def test_matches_reference_on_random_matrices(kata, rng):
    """Random symmetric matrices (d = 2 to 6) with a clear gap, positive or negative dominant eigenvalue."""
    arg_sets = []
    for _ in range(8):
        d = int(rng.integers(2, 7))
        eigenvalues = rng.uniform(-1.0, 1.0, size=d)
        eigenvalues[0] = float(rng.choice([-1.0, 1.0])) * float(rng.uniform(1.5, 3.0))
        arg_sets.append(((_symmetric(rng, eigenvalues),), {}))
    kata.check_each("power_iteration", arg_sets)


def test_matches_reference_with_loose_tolerances(kata, rng):
    """Random matrices with tol 1e-3 and with max_iter 7: n_iter and the vector follow the loop exactly."""
    arg_sets = []
    for _ in range(4):
        A = _symmetric(rng, [3.0, 2.0, -1.0, 0.5])
        arg_sets.append(((A,), {"tol": 1e-3}))
        arg_sets.append(((A,), {"tol": 0.0, "max_iter": 7}))
    kata.check_each("power_iteration", arg_sets)


def test_not_square_raises(kata):
    """A (2, 3) matrix, or a 1-D array, raises ValueError."""
    kata.raises("ValueError", "power_iteration", np.zeros((2, 3)))
    kata.raises("ValueError", "power_iteration", np.ones(3))


def test_is_an_eigenpair_of_largest_magnitude(kata, rng):
    """On a random symmetric matrix: A v = λ v, ‖v‖ = 1, and |λ| is the largest |eigenvalue| (np.linalg.eigh)."""
    A = _symmetric(rng, [-4.0, 2.5, 1.0, 0.3, -0.2])
    result = kata.call("power_iteration", A)
    value, vector, n_iter = result.value
    vector = np.asarray(vector, dtype=float)
    require(np.allclose(A @ vector, value * vector, atol=1e-8), f"{result.shown}: A v should equal λ v")
    require(abs(np.linalg.norm(vector) - 1.0) < 1e-12, f"{result.shown}: the eigenvector should have unit norm")
    expected = np.linalg.eigvalsh(A)
    require(np.isclose(value, expected[np.argmax(np.abs(expected))]),
            f"{result.shown}: the eigenvalue should be {expected[np.argmax(np.abs(expected))]:.6f}, got {value}")
    require(vector[np.argmax(np.abs(vector))] > 0, f"{result.shown}: the largest-|entry| component should be positive")


def test_shape_is_checked_before_the_shortcut(kata):
    """max_iter = 0 makes no product, but the shape is checked before the shortcut: a (2, 3) A raises ValueError."""
    kata.raises("ValueError", "power_iteration", np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), max_iter=0)
    kata.raises("ValueError", "power_iteration", np.array([0.7, 0.1]), max_iter=0)
