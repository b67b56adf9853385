"""Ridge regression in closed form, with an unpenalised intercept.

Task
    Fit y ≈ X·w + b by minimising

        ‖y − X·w − b‖² + alpha · ‖w‖²

    The penalty is on w only, never on the intercept b. Centre the data (x̄ = mean of the rows
    of X, ȳ = mean(y), Xc = X − x̄, yc = y − ȳ); then the minimiser is

        (Xcᵀ Xc + alpha · I) w = Xcᵀ yc        (I the d × d identity; solve, do not invert)
        b = ȳ − x̄ᵀ w

    With alpha = 0 this is ordinary least squares.

Signature
    fit_ridge(X, y, *, alpha) -> (w, b)
    `alpha` is passed by keyword.

Shapes and types
    X        a 2-D array of shape (n, d): n ≥ 1 samples, d features; it may hold ints
    y        a 1-D array of shape (n,); it may hold ints
    alpha    a float ≥ 0: the strength of the penalty (not divided by n)
    returns  a tuple (w, b): w a float64 array of shape (d,), b a float

Example
    Points on y = 2x + 1 at x = 0, 1, 2: Σ(x − x̄)² = 2 and Σ(x − x̄)(y − ȳ) = 4, so with
    alpha = 1, w = 4 / (2 + 1) = 4/3 and b = ȳ − x̄·w = 3 − 4/3 = 5/3.

    >>> w, b = fit_ridge(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]), alpha=1.0)
    >>> np.round(w, 6), round(b, 6)
    (array([1.333333]), 1.666667)

Constraints
    numpy only; np.linalg.solve is allowed, np.linalg.lstsq, np.linalg.pinv and np.linalg.inv
    are not. Raise ValueError when alpha < 0 (alpha = 0 is allowed). With alpha > 0 the system
    is always solvable, also when n ≤ d (more features than samples) or n = 1 (then w = 0 and
    b = y[0]); with alpha = 0 you may assume Xcᵀ Xc is invertible. Returns new arrays; inputs
    are not modified. The result is scikit-learn's Ridge(alpha=alpha).fit(X, y) (the same
    objective: the squared error is summed, not averaged, and the intercept is not penalised):
    w is its coef_, b its intercept_. Texts that average the squared error,
    (1/n)·‖y − X·w − b‖² + a·‖w‖², have the same minimiser with alpha = a · n here (a = 0.1
    with n = 50 samples is alpha = 5).
    The hidden tests use n ≤ 50 and d ≤ 8.

Time budget: 15 minutes.
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    # BEGIN SOLUTION
    # Complexity: O(n·d² + d³) time, O(n·d + d²) extra memory (n samples, d features).
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    d = X.shape[1]
    # Centring takes the intercept out of the penalised system, so b is never shrunk.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ yc)
    b = y_mean - x_mean @ w
    return w, float(b)
    # END SOLUTION
