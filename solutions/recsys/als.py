"""Alternating least squares (ALS) for matrix factorisation, over the observed entries only.

Task
    Factor a partly observed matrix R (n_users, n_items) as R ≈ P Qᵀ by minimising

        Σ_{(u, i) observed} (R[u, i] − P[u] · Q[i])²  +  reg · (‖P‖² + ‖Q‖²)

    With Q fixed, each user's row has a closed form, a ridge regression on the items that user
    rated. als_row_update(Q, r, observed, *, reg) computes it for one row:

        O = the indices j with observed[j] True,  Q_O = Q[O] (|O| × k),  r_O = r[O]
        p = (Q_Oᵀ Q_O + reg · I)⁻¹ Q_Oᵀ r_O         (I the k × k identity; solve, do not invert)

    A row with no observed entry gets p = 0 (the minimiser of reg·‖p‖²; also when reg = 0).
    reg is NOT scaled by |O|. The entries r[j] with observed[j] False are ignored: they may
    hold anything, NaN included.

    als(R, observed, Q0, *, reg, n_sweeps) alternates: Q = a copy of Q0; then n_sweeps times:
        1. every user u:  P[u] = als_row_update(Q, R[u, :], observed[u, :], reg=reg)
        2. every item i:  Q[i] = als_row_update(P, R[:, i], observed[:, i], reg=reg)
    Users first, then items, and step 2 uses the P just computed in step 1 of the same sweep.
    P0 is not needed: step 1 of the first sweep computes P from Q0.

Signature
    als_row_update(Q, r, observed, *, reg) -> numpy.ndarray
    als(R, observed, Q0, *, reg, n_sweeps) -> (P, Q)

Shapes and types
    Q         float array (n, k), k ≥ 1;  r a float array (n,);  observed a bool array (n,)
    R         float array (n_users, n_items);  observed a bool array of the same shape
    Q0        float array (n_items, k), k ≥ 1
    reg       a float ≥ 0;  n_sweeps an int ≥ 1
    returns   als_row_update: a float64 array (k,)
              als: a tuple (P, Q) of float64 arrays, P (n_users, k) and Q (n_items, k)

Example
    Q = [[1, 0], [0, 1], [1, 1]], r = [2, 0.7, 99] with the last entry unobserved and reg = 1:
    Q_O = I, so p = (I + I)⁻¹ [2, 0.7] = [1, 0.35]; the 99 plays no part.

    >>> als_row_update(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([2.0, 0.7, 99.0]),
    ...                np.array([True, True, False]), reg=1.0)
    array([1.  , 0.35])

Constraints
    numpy only: np.linalg.solve is allowed; np.linalg.lstsq, pinv and inv are not. Raise
    ValueError when shapes disagree (Q not 2-D, r or observed not of length n; R and observed
    of different 2-D shapes; Q0 not (n_items, k) with k ≥ 1), when observed is not boolean,
    when reg < 0, or when n_sweeps < 1. With reg = 0 the hidden tests give every row either no
    observed entry or an observed Q_O of full column rank. Returns new arrays; the inputs are
    not modified. The hidden tests use n_users, n_items ≤ 15, k ≤ 5 (k may exceed the number of
    observed entries of a row when reg > 0), n_sweeps ≤ 6.
    Coming from Spark MLlib or implicit: ALS-WR (Zhou et al. 2008, Spark's explicit ALS) uses
    reg · |O| · I; that is reg_here = reg_there · |O| per row. als_row_update(...) equals
    scikit-learn's Ridge(alpha=reg, fit_intercept=False).fit(Q_O, r_O).coef_.

Time budget: 30 minutes.
"""
import numpy as np


def als_row_update(Q, r, observed, *, reg):
    # BEGIN SOLUTION
    # Complexity: O(n·k² + k³) time, O(n·k + k²) extra memory (n entries in the row, k factors); als is S sweeps of that for every user and item row.
    Q, r, observed = np.asarray(Q, dtype=float), np.asarray(r, dtype=float), np.asarray(observed)
    if Q.ndim != 2 or r.shape != (Q.shape[0],) or observed.shape != (Q.shape[0],):
        raise ValueError("Q must be (n, k) and r, observed of length n")
    if observed.dtype != bool:
        raise ValueError("observed must be a boolean array")
    if reg < 0:
        raise ValueError(f"reg must be >= 0, got {reg}")
    k = Q.shape[1]
    if not observed.any():
        return np.zeros(k)   # only the penalty is left, and it is smallest at p = 0
    Q_obs, r_obs = Q[observed], r[observed]   # indexing first: an unobserved NaN never enters a product
    return np.linalg.solve(Q_obs.T @ Q_obs + reg * np.eye(k), Q_obs.T @ r_obs)
    # END SOLUTION


def als(R, observed, Q0, *, reg, n_sweeps):
    # BEGIN SOLUTION
    R, observed, Q = np.asarray(R, dtype=float), np.asarray(observed), np.array(Q0, dtype=float)
    if R.ndim != 2 or observed.shape != R.shape:
        raise ValueError("R and observed must have the same 2-D shape")
    if observed.dtype != bool:
        raise ValueError("observed must be a boolean array")
    if Q.ndim != 2 or Q.shape[0] != R.shape[1] or Q.shape[1] < 1:
        raise ValueError("Q0 must have shape (n_items, k) with k >= 1")
    if reg < 0 or n_sweeps < 1:
        raise ValueError("need reg >= 0 and n_sweeps >= 1")
    n_users, n_items = R.shape
    P = np.zeros((n_users, Q.shape[1]))
    for _ in range(n_sweeps):
        for u in range(n_users):
            P[u] = als_row_update(Q, R[u], observed[u], reg=reg)
        for i in range(n_items):
            Q[i] = als_row_update(P, R[:, i], observed[:, i], reg=reg)
    return P, Q
    # END SOLUTION
