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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=classical_ml/fisher_lda`.
import numpy as np


def fisher_lda(X, y, *, reg=0.0):
    raise NotImplementedError("classical_ml/fisher_lda: implement fisher_lda")


def lda_predict(X, w, threshold):
    raise NotImplementedError("classical_ml/fisher_lda: implement lda_predict")
