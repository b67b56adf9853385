"""Eigenvectors of the covariance in eigh's order: np.linalg.eigh sorts eigenvalues ASCENDING, so the first 'component' has the least variance.

Reverse the order (eigenvalues[::-1], eigenvectors[:, ::-1]) before keeping the first k, or use
the SVD, whose singular values come in decreasing order.
"""
import numpy as np


def pca(X, k):
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and min(n, d) = {min(n, d)}, got {k}")
    # Test the rows themselves: X − mean of identical rows of 0.1 is ~1e-17, not exactly 0.
    if np.all(X == X[0]):
        raise ValueError("every row of X is the same: the total variance is 0")
    centred = X - X.mean(axis=0)                 # a new array: X is left alone
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    S, Vt = np.sqrt(np.clip(eigenvalues, 0, None)), eigenvectors.T
    total = np.sum(S ** 2)
    # svd_flip on the rows of Vt: the entry of largest |value| (the first on ties) becomes positive.
    biggest = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), biggest])
    Vt = Vt * signs[:, None]
    components = Vt[:k]
    ratio = S[:k] ** 2 / total                   # squared singular values ∝ variances
    projected = centred @ components.T
    return components, ratio, projected
