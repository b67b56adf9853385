"""Linear least squares through a QR factorisation.

Task
    Find the x that minimises ‖A x − b‖ (Euclidean) for a tall A of full column rank:

        1. A = Q R, the reduced QR with R's diagonal positive (Q: m × n with orthonormal columns,
           R: n × n upper triangular), by modified Gram–Schmidt or by Householder reflections
           (numerics/qr_gram_schmidt is this step);
        2. c = Qᵀ b, computed the STABLE way: with Gram–Schmidt, treat b as one more column,
           c_j = q_j · (what is left of b), then remove c_j·q_j from it, for j = 0 … n − 1;
           with Householder, apply the same reflections to b and keep its first n entries.
           (Multiplying b by a Gram–Schmidt Q afterwards, c = Q.T @ b, is NOT stable: on an
           ill-conditioned A that Q is not quite orthogonal, and x loses ~cond² precision.)
        3. solve R x = c by back substitution (x_{n−1} first);
        4. residual_norm = ‖b − A x‖ (the norm, not its square; any way of computing it that
           agrees up to rounding is accepted, e.g. the norm of what is left of b after step 2).

    Rank rule: A must have full column rank. Raise ValueError when some column j is
    (numerically) a combination of the columns before it: R[j, j] ≤ 1e-10 · ‖A[:, j]‖, where
    R[j, j] is the norm of what is left of column j after projecting out the columns before it
    (≤, not <; a zero column always counts). Both Gram–Schmidt and Householder (with the sign
    fixed) compute that same R[j, j].

    Do NOT form the normal equations AᵀA x = Aᵀb: they square the condition number, and the
    hidden tests include A with condition number 1e7 and b = A x_true, where the QR route of
    steps 1–3 recovers x_true to about 1e-9 and the normal equations (or c = Q.T @ b with a
    Gram–Schmidt Q) miss it by 1e-6 or more.

Signature
    lstsq_qr(A, b) -> (x, residual_norm)

Shapes and types
    A        a 2-D array (m, n) of floats or ints, m ≥ n ≥ 1
    b        an array (m,)
    returns  a tuple (x, residual_norm): a NEW float64 array (n,) and a float

Example
    The line c0 + c1·t through (0, 1), (1, 2), (2, 4): x = [5/6, 3/2]; the residuals are
    [1/6, −1/3, 1/6], of norm √6/6 ≈ 0.408248.

    >>> x, residual = lstsq_qr(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 4.0]))
    >>> np.round(6 * x, 10), round(residual, 6)
    (array([5., 9.]), 0.408248)

Constraints
    numpy only: no np.linalg.lstsq, qr, solve, inv, pinv, svd, cholesky, eig*, no scipy.
    Raise ValueError when A is not 2-D, when m < n or n = 0, when b's shape is not (m,), or by
    the rank rule. Returns a new array; A and b are not modified. Hidden tests use m ≤ 12, n ≤ 6,
    A scaled from 1e-150 to 1e150.
    Coming from NumPy: np.linalg.lstsq returns (x, residuals, rank, singular_values), where
    residuals is the SQUARED norm (and empty when m = n or A is rank deficient); it also
    accepts rank-deficient A (minimum-norm x), which this kata refuses.

Time budget: 25 minutes.
"""
import numpy as np


def lstsq_qr(A, b):
    # BEGIN SOLUTION
    # Complexity: O(m·n²) time, O(m·n + n²) extra memory for Q and R (A is m × n).
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2:
        raise ValueError(f"A must be 2-D, got shape {A.shape}")
    m, n = A.shape
    if n == 0 or m < n:
        raise ValueError(f"need m ≥ n ≥ 1, got shape {A.shape}")
    if b.shape != (m,):
        raise ValueError(f"b must have shape {(m,)}, got {b.shape}")
    # 1. reduced QR by modified Gram–Schmidt, with b carried along as an extra column (2.)
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    c = np.zeros(n)
    rest_of_b = b.copy()
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError(f"A is rank deficient: column {j} depends on the columns before it")
        Q[:, j] = v / R[j, j]
        # 2. b's coordinate along q_j, from what is LEFT of b (as MGS does for a column)
        c[j] = Q[:, j] @ rest_of_b
        rest_of_b -= c[j] * Q[:, j]
    # 3. R x = c, bottom row first
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    # 4. the residual of the ORIGINAL problem (R x = c is solved exactly, its residual is 0)
    return x, float(np.linalg.norm(b - A @ x))
    # END SOLUTION
