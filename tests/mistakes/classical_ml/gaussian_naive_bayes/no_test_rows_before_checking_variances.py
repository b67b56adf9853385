"""Returns empty results for an X_test with no rows before fitting, so a zero smoothed variance is not reported.

Fit (and validate) first: the zero variance is a property of the training data, whatever X_test holds.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def gaussian_naive_bayes(X_train, y_train, X_test, *, var_smoothing=1e-9):
    
    if len(X_test) == 0 and len(X_train):
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(np.unique(y_train))))
    if len(X_train) == 0:
        raise ValueError("no training rows")
    classes = np.unique(y_train)                      # sorted: column k of log_proba is classes[k]
    epsilon = var_smoothing * np.var(X_train, axis=0).max()
    log_prior = np.empty(len(classes))
    means = np.empty((len(classes), X_train.shape[1]))
    variances = np.empty_like(means)
    for k, label in enumerate(classes):
        rows = X_train[y_train == label]
        log_prior[k] = np.log(len(rows) / len(X_train))
        means[k] = rows.mean(axis=0)
        variances[k] = rows.var(axis=0) + epsilon     # population variance (ddof = 0), smoothed
    if np.any(variances == 0):
        raise ValueError("a variance is 0: a feature is constant within a class and epsilon is 0")

    # jll[i, k] for every test row i and class k: broadcast (m, 1, d) against (K, d).
    diff = X_test[:, None, :] - means[None, :, :]
    jll = (log_prior - 0.5 * np.sum(np.log(2 * np.pi * variances), axis=1)
           - 0.5 * np.sum(diff ** 2 / variances, axis=2))
    # Stable logsumexp: subtract each row's maximum so the largest exponent is exp(0) = 1.
    top = jll.max(axis=1, keepdims=True) if len(jll) else np.zeros((0, 1))
    log_norm = top + np.log(np.sum(np.exp(jll - top), axis=1, keepdims=True))
    log_proba = jll - log_norm
    predictions = classes[np.argmax(jll, axis=1)].astype(np.int64)   # argmax: first on ties
    return predictions, log_proba
    
