"""All candidate stumps' predictions as one matrix; each round's errors are one product with the weights."""
import numpy as np


def fit_adaboost(X, y, *, n_estimators):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],) or not np.isin(y, [-1, 1]).all() or n_estimators < 0:
        raise ValueError("bad arguments")
    specs, columns = [], []
    for j in range(X.shape[1]):
        v = np.unique(X[:, j])
        for t in (v[:-1] + v[1:]) / 2:
            for p in (1, -1):
                specs.append((j, float(t), p))
                columns.append(np.where(X[:, j] <= t, p, -p))
    if n_estimators > 0 and not specs:
        raise ValueError("nothing to split")
    if not specs:
        return []
    H = np.array(columns)                        # (candidates, n)
    wrong = (H != y[None, :]).astype(float)
    w = np.full(len(y), 1.0 / len(y))
    stumps = []
    for _ in range(n_estimators):
        errors = wrong @ w
        k = int(np.flatnonzero(errors <= errors.min() + 1e-12)[0])
        eps = float(errors[k])
        j, t, p = specs[k]
        if eps == 0.0:
            stumps.append((j, t, p, 1.0))
            break
        if eps >= 0.5 - 1e-12:
            break
        alpha = float(np.log((1 - eps) / eps))
        stumps.append((j, t, p, alpha))
        w = w * np.exp(alpha * wrong[k])
        w = w / w.sum()
    return stumps


def predict_adaboost(X, stumps):
    X = np.asarray(X, dtype=np.float64)
    votes = np.zeros(len(X))
    for j, t, p, a in stumps:
        votes = votes + a * np.where(X[:, j] <= t, p, -p)
    return (2 * (votes > 0) - 1).astype(np.int64)
