"""Principal component analysis by the SVD of the centred data.

Task
    Find the k directions along which the rows of X vary most, and project the data onto them.

      1. Centre: mean = the mean of each column of X; Xc = X − mean.
      2. Thin SVD: Xc = U · diag(S) · Vt, singular values S in decreasing order. The rows of Vt
         are the principal directions.
      3. Sign convention (an SVD fixes each direction only up to sign): flip the sign of each
         row of Vt so that its entry of LARGEST ABSOLUTE VALUE is positive (scikit-learn's
         svd_flip with u_based_decision=False; if two entries tie in magnitude, the first).
         Whether two computed entries tie exactly depends on the last bit of the SVD routine,
         so the tests use directions whose largest entry is clearly the largest.
      4. components = the first k rows of Vt.
      5. explained_variance_ratio[j] = S[j]² / Σ_all S²: the share of the total variance (the
         denominator sums EVERY squared singular value, not only the k kept ones).
      6. projected = Xc · componentsᵀ: the coordinates of each centred row along the components.

Signature
    pca(X, k) -> (components, explained_variance_ratio, projected)

Shapes and types
    X        a float64 array of shape (n, d): n samples, d features
    k        an int, 1 ≤ k ≤ min(n, d): how many components to keep
    returns  a tuple (components, explained_variance_ratio, projected):
             components a float64 array of shape (k, d) (orthonormal rows),
             explained_variance_ratio a float64 array of shape (k,) (decreasing),
             projected a float64 array of shape (n, k)

Example
    The points (±2, 0) and (0, ±1), shifted by (5, −3): the x axis carries 8 of the 10 units
    of squared spread, the y axis 2; centring removes the shift.

    >>> X = np.array([[7.0, -3.0], [3.0, -3.0], [5.0, -2.0], [5.0, -4.0]])
    >>> components, ratio, projected = pca(X, 2)
    >>> components + 0.0, ratio
    (array([[1., 0.],
           [0., 1.]]), array([0.8, 0.2]))
    >>> projected + 0.0
    array([[ 2.,  0.],
           [-2.,  0.],
           [ 0.,  1.],
           [ 0., -1.]])

Constraints
    numpy only (np.linalg.svd or np.linalg.eigh are fine; no scikit-learn). Raise ValueError when
    k < 1 or k > min(n, d), or when every row of X is the same (n = 1 included): then the total
    variance is 0 and no direction is defined. Returns new arrays; X is not modified.
    A direction is unique only when its singular value is nonzero and differs from the others;
    the tests keep to such data. Conventions against scikit-learn's PCA (1.9): the same sign
    rule, the same ratio (explained_variance_ / its total) and the same projection
    (transform(X)); scikit-learn returns NaN ratios (with a warning) for constant data where this
    function raises, and its explained_variance_ = S² / (n − 1) is not returned here (the ratio
    does not depend on the divisor).
    The hidden tests use n ≤ 40 and d ≤ 8.

Time budget: 25 minutes.
"""
import numpy as np


def pca(X, k):
    # BEGIN SOLUTION
    # Complexity: O(n·d·min(n, d)) time for the SVD, O(n·d) extra memory (n samples, d features).
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and min(n, d) = {min(n, d)}, got {k}")
    # Test the rows themselves: X − mean of identical rows of 0.1 is ~1e-17, not exactly 0.
    if np.all(X == X[0]):
        raise ValueError("every row of X is the same: the total variance is 0")
    centred = X - X.mean(axis=0)                 # a new array: X is left alone
    _, S, Vt = np.linalg.svd(centred, full_matrices=False)
    total = np.sum(S ** 2)
    # svd_flip on the rows of Vt: the entry of largest |value| (the first on ties) becomes positive.
    biggest = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), biggest])
    Vt = Vt * signs[:, None]
    components = Vt[:k]
    ratio = S[:k] ** 2 / total                   # squared singular values ∝ variances
    projected = centred @ components.T
    return components, ratio, projected
    # END SOLUTION
