"""Lasso by cyclic coordinate descent, with an unpenalised intercept.

Task
    Fit y ≈ X·w + b by minimising scikit-learn's Lasso objective

        (1 / (2n)) · ‖y − X·w − b‖²  +  alpha · ‖w‖₁          (n = number of rows)

    The intercept b is not penalised: with fit_intercept=True, centre first (x̄ = the column
    means of X, ȳ = mean(y), Xc = X − x̄, yc = y − ȳ), fit w on (Xc, yc), then b = ȳ − x̄·w.
    With fit_intercept=False use X and y as they are, and b = 0.0.

    Coordinate descent from w = 0. One SWEEP visits j = 0, 1, …, d − 1 in that order and sets
    w_j to its exact minimiser with the other coordinates held at their CURRENT values (w_0 …
    w_{j−1} already updated in this sweep):

        r      = yc − Xc·w                   (the residual for the current w)
        rho_j  = (1/n) · Xc[:, j] · (r + Xc[:, j]·w_j)      (the fit of column j to r without it)
        z_j    = (1/n) · ‖Xc[:, j]‖²
        w_j    = S(rho_j, alpha) / z_j,   S(t, a) = sign(t) · max(|t| − a, 0)   (soft thresholding)

    so |rho_j| ≤ alpha gives w_j = 0 exactly (≤: at |rho_j| = alpha it is 0). A column with
    z_j = 0 (constant, after centring) gets w_j = 0.
    Stopping rule: after each sweep, let change = max_j |w_j after − w_j before the sweep|;
    stop when change ≤ tol. n_iter is the number of sweeps done (at most max_iter; 0 when
    max_iter = 0, which returns w = 0 and b = ȳ, or 0.0 without an intercept).

Signature
    lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True) -> (w, b, n_iter)

Shapes and types
    X         an array (n, d) of floats or ints, n ≥ 1, d ≥ 1
    y         an array (n,)
    alpha     a float ≥ 0 (alpha = 0 is least squares by coordinate descent)
    max_iter  an int ≥ 0;  tol a float ≥ 0
    returns   a tuple (w, b, n_iter): a NEW float64 array (d,), a float, an int

Example
    Centred columns [1, −1, 0, 0] and [1, 0, −1, 0], y = [1, 0, 0, −1], alpha = 0.1, one sweep:
    rho_0 = 1/4, z_0 = 2/4, w_0 = (0.25 − 0.1)/0.5 = 0.3; the residual is now [0.7, 0.3, 0, −1],
    so rho_1 = 0.7/4 = 0.175 and w_1 = (0.175 − 0.1)/0.5 = 0.15.

    >>> X = np.array([[1.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [0.0, 0.0]])
    >>> w, b, n_iter = lasso_cd(X, np.array([1.0, 0.0, 0.0, -1.0]), alpha=0.1, max_iter=1)
    >>> np.round(w, 12), round(b, 12), n_iter
    (array([0.3 , 0.15]), 0.0, 1)

Constraints
    numpy only (no scikit-learn). Raise ValueError when alpha < 0, when X is not 2-D with
    n ≥ 1 and d ≥ 1 rows and columns, or when y's shape is not (n,). Returns new arrays; X and
    y are not modified. Hidden tests use n ≤ 40, d ≤ 6.
    Coming from scikit-learn: Lasso(alpha, selection="cyclic") minimises the same objective,
    so converged answers agree; but its stopping rule differs (it stops when the largest
    change is ≤ tol·max|w| AND a duality gap is small), so n_iter and unconverged iterates
    differ. Texts that write ½‖r‖² + λ‖w‖₁ (no 1/n) have λ = n·alpha.

Time budget: 30 minutes.
"""
import numpy as np


def lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True):
    # BEGIN SOLUTION
    # Complexity: O(T·n·d) time, O(n·d) extra memory for the centred copy (T sweeps, n rows, d features).
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1:
        raise ValueError(f"X must be 2-D with at least one row and one column, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape {(n,)}, got {y.shape}")
    if fit_intercept:
        # centring takes the intercept out of the penalised problem: b is never shrunk
        x_mean, y_mean = X.mean(axis=0), y.mean()
    else:
        x_mean, y_mean = np.zeros(d), 0.0
    Xc, yc = X - x_mean, y - y_mean
    z = (Xc ** 2).sum(axis=0) / n
    w = np.zeros(d)
    residual = yc.copy()                      # yc − Xc·w, kept up to date after every coordinate
    n_iter = 0
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            old = w[j]
            if z[j] == 0.0:
                new = 0.0
            else:
                rho = Xc[:, j] @ (residual + Xc[:, j] * old) / n
                new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            if new != old:
                residual -= Xc[:, j] * (new - old)
                w[j] = new
            change = max(change, abs(new - old))
        n_iter += 1
        if change <= tol:
            break
    return w, float(y_mean - x_mean @ w), n_iter
    # END SOLUTION
