"""Eigendecomposition of the sample covariance matrix (eigh, reordered to decreasing), then the same sign rule."""
import numpy as np


def pca(X, k):
    n, d = X.shape
    if k < 1 or k > min(n, d):
        raise ValueError("k out of range")
    if (X == X[0]).all():
        raise ValueError("constant data")
    mean = X.mean(axis=0)
    Xc = X - mean
    cov = Xc.T @ Xc / (n - 1) if n > 1 else np.zeros((d, d))
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0, None), vectors[:, order]
    components = vectors.T[:k].copy()
    for row in components:
        j = int(np.argmax(np.abs(row)))
        if row[j] < 0:
            row *= -1
    return components, values[:k] / values.sum(), Xc @ components.T
