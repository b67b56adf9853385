"""Power iteration: the dominant eigenpair of a symmetric matrix.

Task
    Find the eigenvalue of largest absolute value of a symmetric matrix A, and its unit
    eigenvector, by repeated multiplication. Exactly this procedure:

        v = (1, 1, …, 1) / √d                               the pinned start vector
        for k = 1, 2, …, max_iter:
            w = A @ v                                       (one product per iteration)
            if ‖w‖ == 0: stop (v lies in A's null space: the eigenvalue is 0)
            w = w / ‖w‖
            flip the sign of w if needed so that its largest-|entry| component is positive
            (on an exact tie in |entry|, the first such index: np.argmax(np.abs(w)))
            converged = ‖w − v‖ ≤ tol                       (Euclidean norm; ≤, not <)
            v = w
            if converged: stop
        eigenvalue = vᵀ A v                                 (the Rayleigh quotient of the final v)

    Return (eigenvalue, v, n_iter) with n_iter the number of products A @ v made (the k at
    which it stopped, or max_iter). Fixing the sign INSIDE the loop is what makes a negative
    dominant eigenvalue converge: A v = λ v with λ < 0 flips v at every step otherwise.

Signature
    power_iteration(A, *, tol=1e-10, max_iter=1000) -> (eigenvalue, eigenvector, n_iter)

Shapes and types
    A         a symmetric numpy array of shape (d, d), d ≥ 1, floats or ints (symmetry is not
              checked)
    tol       a float ≥ 0
    max_iter  an int ≥ 0
    returns   a tuple (eigenvalue, eigenvector, n_iter): a float, a NEW float64 array of shape
              (d,) with unit norm and the sign above, and an int

Example
    A = diag(4, 1) with tol = 0.1: the iterates are [4^k, 1] / ‖[4^k, 1]‖, and
    ‖w − v‖ is 0.534, 0.182, then 0.047 ≤ 0.1 at k = 3, where vᵀAv = (4·64² + 1)/(64² + 1).

    >>> value, vector, n_iter = power_iteration(np.array([[4.0, 0.0], [0.0, 1.0]]), tol=0.1)
    >>> round(value, 6), np.round(vector, 6), n_iter
    (3.999268, array([0.999878, 0.015623]), 3)

Constraints
    numpy only; no eigen-solvers (np.linalg.eig, eigh, eigvals, eigvalsh, svd). Do not modify A.
    Raise ValueError unless A is 2-D and square. Edge cases:
      - A @ v exactly zero (e.g. A = 0): return (0.0, v, k) with v the current vector;
      - max_iter = 0: no product is made: return (vᵀAv for the start vector, the start vector, 0);
      - max_iter reached without convergence: return the last v, its Rayleigh quotient, max_iter;
      - the start vector is pinned, so when it has no component along the dominant eigenvector
        (A = [[1, −2], [−2, 1]]: the ones vector is itself an eigenvector, of −1) the iteration
        settles on another eigenvector. That is the correct answer here.
    Tests use matrices whose dominant |eigenvalue| is unique (power iteration cannot settle when
    λ and −λ are both dominant). np.linalg.eigh agrees up to its own sign choice, which is not
    ours: eigh's eigenvector may come out negated.
    The hidden tests use matrices of at most 6 × 6.

Time budget: 25 minutes.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    # BEGIN SOLUTION
    # Complexity: O(t·d²) time, O(d) extra memory (t iterations, d × d matrix).
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix, got shape {A.shape}")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    n_iter = 0
    for k in range(1, max_iter + 1):
        n_iter = k
        w = A @ v
        norm = np.linalg.norm(w)
        if norm == 0.0:
            return 0.0, v, n_iter
        w = w / norm
        # The sign of an eigenvector is arbitrary; pin it, or a negative λ flips w every step.
        if w[np.argmax(np.abs(w))] < 0:
            w = -w
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return float(v @ (A @ v)), v, n_iter
    # END SOLUTION
