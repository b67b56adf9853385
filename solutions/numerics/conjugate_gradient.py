"""Conjugate gradient for A x = b with a symmetric positive-definite A.

Task
    Solve A x = b iteratively, with exactly this stopping rule and count:

        x = x0 (a float64 copy; zeros when x0 is None)
        r = b − A x ;  p = r ;  n_iter = 0
        repeat:
            if ‖r‖ ≤ tol · ‖b‖: stop            (Euclidean norms; ≤, checked BEFORE every update,
                                                 so r_0 is checked before any work is done)
            if n_iter == max_iter: stop
            Ap = A p
            if NOT pᵀAp > 0: raise ValueError    (0, negative or NaN: A is not positive definite)
            α = rᵀr / pᵀAp
            x = x + α p
            r_new = r − α Ap                     (the residual updated, not recomputed)
            β = r_newᵀ r_new / rᵀr               (rᵀr of the OLD residual in the denominator)
            p = r_new + β p ;  r = r_new ;  n_iter = n_iter + 1

    Return (x, n_iter): n_iter is the number of updates made. The tolerance is RELATIVE to
    ‖b‖, so scaling A and b by the same factor changes neither x nor n_iter. A NaN residual is
    not ≤ anything, so it does not stop the loop: pᵀAp is then NaN and raises. When b = 0 and
    x0 is None, r_0 = 0 ≤ 0 stops at once: x = 0, n_iter = 0.

Signature
    conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None) -> (x, n_iter)

Shapes and types
    A         a square array (n, n) of floats or ints, symmetric positive definite (symmetry
              is not checked), n ≥ 1
    b         an array (n,)
    x0        None or an array (n,): the start
    tol       a float ≥ 0
    max_iter  None (meaning 10·n) or an int ≥ 0
    returns   a tuple (x, n_iter): a NEW float64 array (n,) and an int

Example
    A = [[4, 1], [1, 3]], b = [1, 2] from x = 0: r_0 = [1, 2], α = 5/20 = 0.25, x_1 = [0.25, 0.5],
    r_1 = [−0.5, 0.25]; then β = 0.3125/5, α = 4/11 and x_2 = [1/11, 7/11], the exact answer.

    >>> conjugate_gradient(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), max_iter=1)
    (array([0.25, 0.5 ]), 1)
    >>> x, n_iter = conjugate_gradient(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]))
    >>> np.round(x * 11, 10), n_iter
    (array([1., 7.]), 2)

Constraints
    numpy only: no np.linalg.solve, inv, pinv, lstsq, cholesky, qr, svd, eig*, no scipy.
    Raise ValueError when A is not square 2-D, when b or x0 does not have shape (n,), or by the
    pᵀAp rule. Returns new arrays; A, b and x0 are not modified. Hidden tests use n ≤ 10 and
    A and b scaled together by factors from 1e-100 to 1e100.
    Coming from SciPy: scipy.sparse.linalg.cg stops on ‖r‖ ≤ max(rtol·‖b‖, atol) with
    atol = 0.0 by default, the same rule as here with tol = rtol; it returns (x, info) with
    info = 0 on convergence, not the iteration count, and its default maxiter is also 10·n.

Time budget: 25 minutes.
"""
import numpy as np


def conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None):
    # BEGIN SOLUTION
    # Complexity: O(t·n²) time, O(n) extra memory (t iterations, A is n × n dense).
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError(f"b must have shape {(n,)}, got {b.shape}")
    x = np.zeros(n) if x0 is None else np.array(x0, dtype=np.float64)   # a copy: x0 stays as it was
    if x.shape != (n,):
        raise ValueError(f"x0 must have shape {(n,)}, got {x.shape}")
    if max_iter is None:
        max_iter = 10 * n
    threshold = tol * np.linalg.norm(b)
    r = b - A @ x
    p = r.copy()
    rs = r @ r
    n_iter = 0
    # 'not ≤' rather than '>': a NaN residual does not count as converged (pᵀAp then raises)
    while not np.sqrt(rs) <= threshold and n_iter < max_iter:
        Ap = A @ p
        curvature = p @ Ap
        if not curvature > 0:
            raise ValueError(f"A is not positive definite (pᵀAp = {curvature} at iteration {n_iter})")
        alpha = rs / curvature
        x += alpha * p
        r -= alpha * Ap
        rs_new = r @ r
        p = r + (rs_new / rs) * p          # the new direction is A-conjugate to every earlier one
        rs = rs_new
        n_iter += 1
    return x, n_iter
    # END SOLUTION
