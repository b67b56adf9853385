"""Fisher's linear discriminant for two classes.

Task
    1. fisher_lda(X, y, *, reg=0.0): the direction that best separates class 1 from class 0
       relative to the spread inside the classes, and a threshold on it.

           mu_0, mu_1  the mean row of each class
           S_W         the within-class SCATTER: Σ over classes c, Σ over rows x of class c,
                       of (x − mu_c)(x − mu_c)ᵀ  (sums, not averages: each class counts by its size)
           v           the solution of (S_W + reg·I) v = mu_1 − mu_0   (np.linalg.solve is fine)
           w           v / ‖v‖: unit length, and then w·(mu_1 − mu_0) > 0 (it points from
                       class 0 towards class 1; this holds automatically)
           threshold   w · (mu_0 + mu_1) / 2: the midpoint of the projected class means
                       (equal priors, whatever the class sizes)

    2. lda_predict(X, w, threshold): 1 where x·w > threshold, else 0 (a row exactly AT the
       threshold is class 0).

Signature
    fisher_lda(X, y, *, reg=0.0) -> (w, threshold)
    lda_predict(X, w, threshold) -> labels

Shapes and types
    X          an array (n, d) of floats or ints
    y          an int array (n,) of 0s and 1s, both present
    reg        a float ≥ 0 added to S_W's diagonal (needed when S_W is singular, e.g. one row
               per class); tests with reg = 0 always have an invertible S_W
    w          a float64 array (d,);  threshold a float
    returns    fisher_lda: a tuple (w, threshold): a NEW float64 array (d,) and a float;
               lda_predict: a NEW int64 array (n,)

Example
    Class 0 at 0 and 2, class 1 at 4 and 6: mu_0 = 1, mu_1 = 5, S_W = 1 + 1 + 1 + 1 = 4,
    v = 4/4 = 1, w = [1], threshold = (1 + 5)/2 = 3; the point 3 itself is class 0.

    >>> w, threshold = fisher_lda(np.array([[0.0], [2.0], [4.0], [6.0]]), np.array([0, 0, 1, 1]))
    >>> w, threshold
    (array([1.]), 3.0)
    >>> lda_predict(np.array([[2.9], [3.0], [3.1]]), w, threshold)
    array([0, 0, 1])

Constraints
    numpy only (no scikit-learn or scipy); np.linalg.solve is allowed. Raise ValueError when
    X is not 2-D, when y's shape is not (n,), when y holds anything but 0 and 1 or lacks one of
    them, or when reg < 0. Returns new arrays; no argument is modified. Hidden tests use
    n ≤ 40, d ≤ 4, X scaled from 1e-100 to 1e100.
    Coming from scikit-learn: LinearDiscriminantAnalysis(solver="lsqr") with its default
    priors (the class frequencies) has coef_ along the same direction (its covariance is
    S_W / n, which does not change the unit vector); its intercept adds log(p_1 / p_0), which
    moves its threshold towards the smaller class, so its predictions differ near the
    threshold. Passing priors=[0.5, 0.5] fixes the threshold but ALSO weighs the two class
    covariances equally instead of by size, which turns the direction when the classes have
    different sizes: neither setting is this kata's rule exactly.

Time budget: 20 minutes.
"""
import numpy as np


def fisher_lda(X, y, *, reg=0.0):
    # BEGIN SOLUTION
    # Complexity: O(n·d² + d³) time, O(n·d + d²) extra memory (n rows, d features).
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must have shape {(X.shape[0],)}, got {y.shape}")
    if not (set(np.unique(y).tolist()) == {0, 1}):
        raise ValueError("y must hold 0s and 1s, and both classes")
    if reg < 0:
        raise ValueError(f"reg must be >= 0, got {reg}")
    d = X.shape[1]
    means = [X[y == c].mean(axis=0) for c in (0, 1)]
    # scatter, not covariance: each class weighs in by its number of rows
    scatter = sum((X[y == c] - means[c]).T @ (X[y == c] - means[c]) for c in (0, 1))
    v = np.linalg.solve(scatter + reg * np.eye(d), means[1] - means[0])
    w = v / np.linalg.norm(v)
    threshold = float(w @ (means[0] + means[1]) / 2)
    return w, threshold
    # END SOLUTION


def lda_predict(X, w, threshold):
    # BEGIN SOLUTION
    X = np.asarray(X, dtype=np.float64)
    return (X @ np.asarray(w, dtype=np.float64) > threshold).astype(np.int64)
    # END SOLUTION
