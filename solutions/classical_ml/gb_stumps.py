"""Gradient boosting for regression with depth-1 trees (stumps) and shrinkage.

Task
    1. fit_gb_stumps(X, y, *, n_estimators, learning_rate): squared-error gradient boosting.

           F = init = mean(y)                       (the prediction before any stump)
           for m = 1 … n_estimators:
               r = y − F                            (the residuals: minus the gradient of ½(y − F)²)
               fit ONE stump to r (below) and keep it
               F = F + learning_rate · stump(X)

       A stump is (feature, threshold, left_value, right_value): stump(x) = left_value when
       x[feature] ≤ threshold, else right_value. To fit it to r:
         - candidate thresholds for feature j are the midpoints (v_i + v_{i+1}) / 2 of the
           consecutive DISTINCT sorted values of X[:, j] (a constant feature has none);
         - a candidate splits the rows into x ≤ t and x > t; its cost is the sum of squared
           errors of r around the mean of each side;
         - take the smallest cost. Ties (exactly equal costs) go to the smallest feature
           index, then the smallest threshold;
         - left_value and right_value are the means of r on each side (NOT multiplied by the
           learning rate: the rate is applied when adding the stump to F and in predict).
    2. predict_gb(X, init, stumps, *, learning_rate): init + learning_rate · Σ stump(x), for
       every row.

Signature
    fit_gb_stumps(X, y, *, n_estimators, learning_rate) -> (init, stumps)
    predict_gb(X, init, stumps, *, learning_rate) -> predictions

Shapes and types
    X              an array (n, d) of floats or ints; for fitting, n ≥ 2 and at least one
                   feature with two distinct values
    y              an array (n,)
    n_estimators   an int ≥ 0;  learning_rate a float > 0
    returns        fit_gb_stumps: a tuple (init, stumps): init a float, stumps a list of
                   n_estimators tuples (feature: int, threshold: float, left_value: float,
                   right_value: float), in the order they were fitted;
                   predict_gb: a NEW float64 array (n,)

Example
    X = 1, 2, 3, 4 and y = 1, 1, 3, 3 with learning_rate 0.5: init = 2, the residuals
    −1, −1, 1, 1 split at 2.5 into means −1 and 1; F becomes 1.5, 1.5, 2.5, 2.5, and the
    second stump fits −0.5, −0.5, 0.5, 0.5 at the same threshold.

    >>> X, y = np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([1.0, 1.0, 3.0, 3.0])
    >>> init, stumps = fit_gb_stumps(X, y, n_estimators=2, learning_rate=0.5)
    >>> init, stumps
    (2.0, [(0, 2.5, -1.0, 1.0), (0, 2.5, -0.5, 0.5)])
    >>> predict_gb(np.array([[0.0], [2.5], [2.6]]), init, stumps, learning_rate=0.5)
    array([1.25, 1.25, 2.75])

Constraints
    numpy only (no scikit-learn). Raise ValueError when X is not 2-D, when y's shape is not
    (n,), when n_estimators < 0, when learning_rate ≤ 0, or (when n_estimators ≥ 1) when no
    feature has two distinct values. Returns new objects; no argument is modified. Hidden tests
    use n ≤ 40, d ≤ 3, n_estimators ≤ 20.
    Coming from scikit-learn: GradientBoostingRegressor(max_depth=1, learning_rate=…,
    n_estimators=…) does the same (mean as the first prediction, midpoints, x ≤ t to the
    left, leaf values the residual means, shrinkage at prediction) and predicts the same when
    no two splits tie; it visits features in a random order (random_state), so ties may go
    elsewhere, and its default loss and criterion give the same split as the squared errors
    here (friedman_mse ranks depth-1 splits the same).

Time budget: 35 minutes.
"""
import numpy as np


def fit_gb_stumps(X, y, *, n_estimators, learning_rate):
    # BEGIN SOLUTION
    # Complexity: O(M·d·n²) time, O(n) extra memory (M stumps, n rows, d features; each candidate threshold rescans the rows).
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape {(n,)}, got {y.shape}")
    if n_estimators < 0:
        raise ValueError(f"n_estimators must be >= 0, got {n_estimators}")
    if not learning_rate > 0:
        raise ValueError(f"learning_rate must be > 0, got {learning_rate}")
    if n_estimators > 0 and all(len(np.unique(X[:, j])) < 2 for j in range(d)):
        raise ValueError("no feature has two distinct values: no stump can split")
    init = float(y.mean())
    F = np.full(n, init)
    stumps = []
    for _ in range(n_estimators):
        r = y - F
        best = None
        for j in range(d):
            values = np.unique(X[:, j])
            for t in (values[:-1] + values[1:]) / 2:
                left = X[:, j] <= t
                r_left, r_right = r[left], r[~left]
                cost = ((r_left - r_left.mean()) ** 2).sum() + ((r_right - r_right.mean()) ** 2).sum()
                if best is None or cost < best[0]:     # strict: ties keep the earlier feature/threshold
                    best = (cost, j, float(t), float(r_left.mean()), float(r_right.mean()))
        _, j, t, left_value, right_value = best
        stumps.append((j, t, left_value, right_value))
        # shrinkage: each stump only moves F part of the way
        F = F + learning_rate * np.where(X[:, j] <= t, left_value, right_value)
    return init, stumps
    # END SOLUTION


def predict_gb(X, init, stumps, *, learning_rate):
    # BEGIN SOLUTION
    X = np.asarray(X, dtype=np.float64)
    predictions = np.full(X.shape[0], float(init))
    for j, t, left_value, right_value in stumps:
        predictions += learning_rate * np.where(X[:, j] <= t, left_value, right_value)
    return predictions
    # END SOLUTION
