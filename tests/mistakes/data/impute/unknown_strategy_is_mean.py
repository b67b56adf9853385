"""Any strategy other than "median" is silently treated as "mean" instead of raising ValueError.

A typo such as "Mean" or an unsupported "most_frequent" should fail loudly: raise ValueError for
anything but "mean" and "median".
"""
import numpy as np
NAMED_BY_MESSAGE = "should raise ValueError"


def fit_imputer(X, *, strategy):
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        s = np.sort(X[~np.isnan(X[:, j]), j])
        m = len(s)
        if m == 0:
            continue
        if strategy == "median":
            stats[j] = s[m // 2] if m % 2 else (s[m // 2 - 1] + s[m // 2]) / 2
        else:
            stats[j] = s.mean()
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = statistics[cols]
    return out
