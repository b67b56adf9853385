"""SVD of the transposed centred data: the directions are then the columns of U; a loop fixes the signs."""
import numpy as np


def pca(X, k):
    n, d = X.shape
    if not (0 < k <= min(n, d)):
        raise ValueError("bad k")
    if np.ptp(X, axis=0).max() == 0:
        raise ValueError("all rows equal")
    Xc = X - X.mean(axis=0, keepdims=True)
    U, S, _ = np.linalg.svd(Xc.T, full_matrices=False)      # Xcᵀ = U S Vᵀ: U holds the directions
    components = np.empty((k, d))
    for j in range(k):
        v = U[:, j]
        components[j] = v if v[np.argmax(np.abs(v))] > 0 else -v
    variances = S ** 2 / max(n - 1, 1)
    return components, variances[:k] / variances.sum(), Xc @ components.T
