"""Cholesky factorisation, then A x = b by forward and back substitution.

Task
    1. cholesky(A): the lower-triangular L with a POSITIVE diagonal and L Lᵀ = A, for a
       symmetric positive-definite A. Column by column, for j = 0, 1, …, n − 1:

           pivot   = A[j, j] − Σ_{k<j} L[j, k]²
           if NOT pivot > 0: raise ValueError          (0, negative or NaN: not positive definite)
           L[j, j] = √pivot
           L[i, j] = (A[i, j] − Σ_{k<j} L[i, k]·L[j, k]) / L[j, j]      for every i > j

       Only the LOWER triangle of A (A[i, j] with i ≥ j, the diagonal included) is read; what
       the upper triangle holds is ignored, as LAPACK does with lower=True. So symmetry is not
       checked. A pivot of exactly 0 (a singular, only semi-definite A) raises.
    2. cholesky_solve(A, b): x with A x = b: L = cholesky(A) (its ValueError passes through),
       then forward substitution L y = b (y_0 first), then back substitution Lᵀ x = y
       (x_{n−1} first).

Signature
    cholesky(A) -> L
    cholesky_solve(A, b) -> x

Shapes and types
    A        a square array (n, n) of floats or ints, n ≥ 0 (n = 0 gives an empty result)
    b        an array (n,) of floats or ints
    returns  L: a NEW float64 array (n, n) with zeros above the diagonal;
             x: a NEW float64 array (n,)

Example
    A = [[4, 2], [2, 3]]: L[0, 0] = √4 = 2, L[1, 0] = 2/2 = 1, pivot 3 − 1² = 2, L[1, 1] = √2.
    For b = [0.2, 0.7]: y = [0.1, 0.6/√2], then x = [−0.1, 0.3].

    >>> cholesky(np.array([[4.0, 2.0], [2.0, 3.0]]))
    array([[2.        , 0.        ],
           [1.        , 1.41421356]])
    >>> np.round(cholesky_solve(np.array([[4.0, 2.0], [2.0, 3.0]]), np.array([0.2, 0.7])), 12)
    array([-0.1,  0.3])

Constraints
    numpy only: no np.linalg.cholesky, solve, inv, pinv, lstsq, qr, svd, eig*, and no scipy.
    Raise ValueError when A is not square 2-D, when b's shape is not (n,), or when A is not
    positive definite by the pivot rule above. Returns new arrays; A and b are not modified.
    Hidden tests use n ≤ 8, entries scaled from 1e-200 to 1e200.
    Coming from NumPy/SciPy: np.linalg.cholesky also returns the lower factor and raises
    LinAlgError (not ValueError) when A is not positive definite; it reads only the lower
    triangle too. scipy.linalg.cho_factor/cho_solve is this kata's pair.

Time budget: 25 minutes.
"""
import numpy as np


def cholesky(A):
    # BEGIN SOLUTION
    # Complexity: O(n³) time, O(n²) memory for L (A is n × n).
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > 0:          # also catches NaN, for which every comparison is False
            raise ValueError(f"A is not positive definite (pivot {pivot} at column {j})")
        L[j, j] = np.sqrt(pivot)
        for i in range(j + 1, n):
            # A[i, j] with i > j: only the lower triangle is read
            L[i, j] = (A[i, j] - L[i, :j] @ L[j, :j]) / L[j, j]
    return L
    # END SOLUTION


def cholesky_solve(A, b):
    # BEGIN SOLUTION
    L = cholesky(A)
    b = np.asarray(b, dtype=np.float64)
    n = L.shape[0]
    if b.shape != (n,):
        raise ValueError(f"b must have shape {(n,)}, got {b.shape}")
    y = np.zeros(n)
    for i in range(n):                      # L y = b, top row first
        y[i] = (b[i] - L[i, :i] @ y[:i]) / L[i, i]
    x = np.zeros(n)
    for i in reversed(range(n)):            # Lᵀ x = y, bottom row first; Lᵀ[i, k] = L[k, i]
        x[i] = (y[i] - L[i + 1:, i] @ x[i + 1:]) / L[i, i]
    return x
    # END SOLUTION
