"""Plain Python loops over rows for the split costs and the predictions."""
import numpy as np


def fit_gb_stumps(X, y, *, n_estimators, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or y.shape != (X.shape[0],) or n_estimators < 0 or not learning_rate > 0:
        raise ValueError("bad arguments")
    n, d = X.shape
    columns = [sorted(set(X[:, j].tolist())) for j in range(d)]
    if n_estimators > 0 and all(len(c) < 2 for c in columns):
        raise ValueError("nothing to split")
    init = float(sum(y.tolist()) / n)
    F = [init] * n
    stumps = []
    for _ in range(n_estimators):
        r = [float(y[i]) - F[i] for i in range(n)]
        best = None
        for j in range(d):
            for a, b in zip(columns[j], columns[j][1:]):
                t = (a + b) / 2
                L = [r[i] for i in range(n) if X[i, j] <= t]
                R = [r[i] for i in range(n) if X[i, j] > t]
                mL, mR = sum(L) / len(L), sum(R) / len(R)
                cost = sum((v - mL) ** 2 for v in L) + sum((v - mR) ** 2 for v in R)
                if best is None or cost < best[0]:
                    best = (cost, (j, t, mL, mR))
        j, t, mL, mR = best[1]
        stumps.append((j, t, mL, mR))
        F = [F[i] + learning_rate * (mL if X[i, j] <= t else mR) for i in range(n)]
    return init, stumps


def predict_gb(X, init, stumps, *, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    out = []
    for row in X:
        value = float(init)
        for j, t, a, b in stumps:
            value += learning_rate * (a if row[j] <= t else b)
        out.append(value)
    return np.array(out, dtype=np.float64)
