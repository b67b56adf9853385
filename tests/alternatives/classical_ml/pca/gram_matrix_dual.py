"""Dual PCA: eigenvectors u of the n×n Gram matrix Xc·Xcᵀ give the directions Xcᵀu / s."""
import numpy as np


def pca(X, k):
    n, d = X.shape
    if k < 1 or k > min(n, d):
        raise ValueError("k must be in 1..min(n, d)")
    if np.all(X == X[0]):
        raise ValueError("no variance")
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc @ Xc.T)
    values, vectors = values[::-1], vectors[:, ::-1]
    total = np.trace(Xc.T @ Xc)
    components = []
    for j in range(k):
        s = np.sqrt(values[j])
        v = Xc.T @ vectors[:, j] / s
        v = v / np.linalg.norm(v)
        components.append(v * np.sign(v[np.argmax(np.abs(v))]))
    components = np.array(components)
    return components, values[:k] / total, Xc @ components.T
