"""Regression metrics: MSE, RMSE, MAE and R².

Task
    Given targets y and predictions ŷ (n samples), return
        mse  = mean((y − ŷ)²)
        rmse = √mse
        mae  = mean(|y − ŷ|)
        r2   = 1 − SS_res / SS_tot,  SS_res = Σ (y − ŷ)²,  SS_tot = Σ (y − mean(y))²
    R² is 1 for perfect predictions, 0 for always predicting the mean of y, and negative for
    predictions worse than that; it has no lower bound.
    Constant target: when all entries of y_true are equal, SS_tot is 0 and the formula breaks.
    Then r2 = 1.0 if the predictions are perfect (every ŷ_i == y_i exactly) and 0.0 otherwise.
    Decide "constant" by comparing the entries of y_true (all equal), not by testing the
    computed SS_tot: y_true = [0.1, 0.1, 0.1] is constant, although its float mean is
    0.10000000000000002 and its computed SS_tot is about 6e-34, not 0.

Signature
    regression_metrics(y_true, y_pred) -> (mse, rmse, mae, r2)

Shapes and types
    y_true   a 1-D float (or int) array or list of length n ≥ 1
    y_pred   the same kind and length
    returns  a tuple of four floats (mse, rmse, mae, r2), floats even for int inputs

Example
    Errors 0.5, −0.5, 0, −1: mse = 1.5/4, mae = 2/4; mean(y) = 2.875, SS_tot = 29.1875,
    r2 = 1 − 1.5/29.1875.

    >>> mse, rmse, mae, r2 = regression_metrics([3, -0.5, 2, 7], [2.5, 0.0, 2, 8])
    >>> mse, round(rmse, 6), mae, round(r2, 6)
    (0.375, 0.612372, 0.5, 0.948608)
    >>> regression_metrics([2.0, 2.0, 2.0], [1.0, 2.0, 3.0])[3]
    0.0

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError when n = 0 or when the two
    inputs differ in length. Inputs are not modified.
    scikit-learn: mean_squared_error, root_mean_squared_error, mean_absolute_error and
    r2_score give the same values, and r2_score's default force_finite=True uses the same
    constant-target rule (1.0 if perfect, else 0.0) but decides "constant" by its computed
    SS_tot == 0: on y_true = [0.1, 0.1, 0.1], y_pred = [0.2, 0.2, 0.2] it returns about −5.2e31,
    where we return 0.0. For n = 1 scikit-learn returns nan (with a warning); we apply the
    constant-target rule (1.0 or 0.0).
    The hidden tests use n ≤ 200.

Time budget: 10 minutes.
"""
import numpy as np


def regression_metrics(y_true, y_pred):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) extra memory (n samples).
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("need two non-empty arrays of the same length")
    error = y_true - y_pred
    mse = float(np.mean(error ** 2))
    mae = float(np.mean(np.abs(error)))
    if np.all(y_true == y_true[0]):
        # Constant target: SS_tot = 0. Perfect predictions score 1, anything else 0.
        r2 = 1.0 if np.all(error == 0) else 0.0
    else:
        r2 = float(1.0 - np.sum(error ** 2) / np.sum((y_true - y_true.mean()) ** 2))
    return mse, float(np.sqrt(mse)), mae, r2
    # END SOLUTION
