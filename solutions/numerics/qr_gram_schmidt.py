"""Reduced QR by modified Gram–Schmidt.

Task
    Factor A (m × n, m ≥ n) as A = Q R with Q (m × n) having orthonormal columns and R (n × n)
    upper triangular with a POSITIVE diagonal (that sign rule makes the reduced QR of a
    full-rank A unique). Use modified Gram–Schmidt, column by column:

        for j = 0, 1, …, n − 1:
            v = A[:, j]                                  (a float64 copy)
            for i = 0, 1, …, j − 1:
                R[i, j] = Q[:, i] · v                    (the CURRENT v, not A[:, j]: "modified")
                v = v − R[i, j] · Q[:, i]
            R[j, j] = ‖v‖
            if R[j, j] ≤ 1e-10 · ‖A[:, j]‖: raise ValueError   (the rank rule below)
            Q[:, j] = v / R[j, j]

    Entries of R below the diagonal are 0.0.

    Rank rule: column j is treated as dependent on the columns before it, and ValueError is
    raised, when what is left of it after the projections has norm ≤ 1e-10 times its own norm
    (≤, not <). A zero column is always dependent (0 ≤ 0). The threshold is RELATIVE to the
    column, so scaling A by any positive factor (1e-12 or 1e12) changes nothing but the scale
    of R.

    Classical Gram–Schmidt (R[i, j] = Q[:, i] · A[:, j], the ORIGINAL column) is the same in
    exact arithmetic but loses orthogonality on nearly dependent columns; the tests tell the
    two apart on such a matrix.

Signature
    qr_gram_schmidt(A) -> (Q, R)

Shapes and types
    A        a 2-D array (m, n) of floats or ints with m ≥ n ≥ 1
    returns  a tuple (Q, R) of NEW float64 arrays of shapes (m, n) and (n, n)

Example
    A = [[3, 1], [4, 2]]: ‖a0‖ = 5 so q0 = [0.6, 0.8]; R[0, 1] = q0 · a1 = 2.2;
    v = a1 − 2.2 q0 = [−0.32, 0.24], ‖v‖ = 0.4, q1 = [−0.8, 0.6].

    >>> Q, R = qr_gram_schmidt(np.array([[3.0, 1.0], [4.0, 2.0]]))
    >>> np.round(Q, 12), np.round(R, 12)
    (array([[ 0.6, -0.8],
           [ 0.8,  0.6]]), array([[5. , 2.2],
           [0. , 0.4]]))

Constraints
    numpy only: no np.linalg.qr, svd, lstsq, solve, inv, pinv, cholesky, eig*, and no scipy.
    (np.linalg.norm and the @ product are fine.) Raise ValueError when A is not 2-D, when
    m < n, when n = 0, or by the rank rule. Returns new arrays; A is not modified.
    The hidden tests use m ≤ 12, n ≤ 8, entries scaled from 1e-12 to 1e12.
    Coming from NumPy: np.linalg.qr (Householder, LAPACK) may return negative diagonal entries
    in R; flipping the signs of those rows of R and columns of Q gives this kata's answer. It
    never checks rank.

Time budget: 20 minutes.
"""
import numpy as np


def qr_gram_schmidt(A):
    # BEGIN SOLUTION
    # Complexity: O(m·n²) time, O(m·n + n²) memory for Q and R (A is m × n).
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2:
        raise ValueError(f"A must be 2-D, got shape {A.shape}")
    m, n = A.shape
    if n == 0 or m < n:
        raise ValueError(f"need m ≥ n ≥ 1, got shape {A.shape}")
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            # project out q_i from what is LEFT of the column: that is what keeps Q orthogonal
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError(f"column {j} is (numerically) a combination of the columns before it")
        Q[:, j] = v / R[j, j]
    return Q, R
    # END SOLUTION
