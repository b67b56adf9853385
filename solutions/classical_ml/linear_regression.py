"""Linear regression by the normal equations, with an intercept.

Task
    Fit y ≈ X·w + b by ordinary least squares: find the w and b that minimise ‖y − X·w − b‖²
    (b is the same for every row). Solve the normal equations with a linear solver. One way:
    centre the data, x̄ = mean of the rows of X, ȳ = mean(y), Xc = X − x̄, yc = y − ȳ, then

        (Xcᵀ Xc) w = Xcᵀ yc        (solve this d × d system with np.linalg.solve)
        b = ȳ − x̄ᵀ w

    Appending a column of ones to X and solving the (d + 1) × (d + 1) system gives the same
    answer.

Signature
    fit_linear_regression(X, y) -> (w, b)

Shapes and types
    X        a 2-D array of shape (n, d): n samples, d features; it may hold ints
    y        a 1-D array of shape (n,): the targets; it may hold ints
    returns  a tuple (w, b): w a float64 array of shape (d,), b a float

Example
    Three points on the line y = 2x + 1:

    >>> w, b = fit_linear_regression(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]))
    >>> np.round(w, 6), round(b, 6)
    (array([2.]), 1.0)

Constraints
    numpy only; np.linalg.solve is allowed, np.linalg.lstsq, np.linalg.pinv and np.linalg.inv
    are not (solve a system, do not invert a matrix). Raise ValueError when n < d + 1: there
    are d + 1 unknowns (w and b), so at least d + 1 samples are needed (n = d + 1 is allowed:
    the fit then passes through every point). Otherwise you may assume the centred X has full
    column rank (no two features are collinear). Returns new arrays; inputs are not modified.
    The result is scikit-learn's LinearRegression().fit(X, y): w is its coef_, b its
    intercept_ (as a Python float).
    The hidden tests use n ≤ 60 and d ≤ 6.

Time budget: 15 minutes.
"""
import numpy as np


def fit_linear_regression(X, y):
    # BEGIN SOLUTION
    # Complexity: O(n·d² + d³) time, O(n·d + d²) extra memory (n samples, d features).
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if n < d + 1:
        raise ValueError(f"need at least d + 1 = {d + 1} samples to fit w and b, got {n}")
    # Centring removes the intercept from the system: the best b makes the residuals sum to 0.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    b = y_mean - x_mean @ w
    return w, float(b)
    # END SOLUTION
