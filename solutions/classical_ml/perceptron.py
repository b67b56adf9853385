"""The perceptron learning algorithm.

Task
    Labels are −1 or +1. Start from w = 0 (d zeros) and b = 0. An epoch visits the samples
    in the given order, i = 0, 1, …, n − 1, and for each one

        if yᵢ · (xᵢ·w + b) ≤ 0:       (a mistake: wrong side, OR exactly on the boundary)
            w ← w + yᵢ · xᵢ
            b ← b + yᵢ

    (learning rate 1; the test uses the current w and b, updated by earlier samples of the
    same epoch). Count the mistakes of each epoch. Run epochs until an epoch makes no mistake
    (that epoch is still counted, with 0 mistakes, and then you stop) or n_epochs epochs have
    run, whichever comes first.

Signature
    perceptron(X, y, *, n_epochs) -> (w, b, mistakes)
    `n_epochs` is passed by keyword.

Shapes and types
    X         a 2-D array of shape (n, d): n ≥ 0 samples, d features; it may hold ints
    y         a 1-D array of shape (n,) of −1s and +1s (ints or floats)
    n_epochs  an int ≥ 0: the most epochs to run
    returns   a tuple (w, b, mistakes): w a float64 array of shape (d,), b a float, mistakes a
              list of int, one per epoch run (so 0 ≤ len(mistakes) ≤ n_epochs)

Example
    At the start w = 0 and b = 0, so the first sample is exactly on the boundary (margin 0),
    which counts as a mistake: w = [2, 1], b = 1. The second sample then has margin
    −1 · (−2 − 1 + 1) = 2 > 0. The second epoch makes no mistake, so training stops.

    >>> perceptron(np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1, -1]), n_epochs=10)
    (array([2., 1.]), 1.0, [1, 0])

Constraints
    Plain Python or numpy; visit the samples in order, do not shuffle. Raise ValueError when a
    label is not −1 or +1 (0/1 labels too). With n_epochs = 0 the result is (zeros(d), 0.0, []);
    with n = 0 the one epoch run makes no mistake: (zeros(d), 0.0, [0]). Returns new arrays;
    inputs are not modified. scikit-learn's Perceptron(shuffle=False, tol=None,
    max_iter=n_epochs) makes the same updates (its test is also ≤ 0) and ends with the same
    w (coef_[0]) and b (intercept_[0]), but it keeps running its epochs after one without
    mistakes, which changes nothing once the data are separated.
    The hidden tests use n ≤ 40, d ≤ 4 and n_epochs ≤ 1000.

Time budget: 15 minutes.
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    # BEGIN SOLUTION
    # Complexity: O(E·n·d) time, O(d) extra memory (E epochs, n samples, d features).
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(n_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            # ≤ 0, not < 0: a point on the boundary is not classified, so it is a mistake too.
            if y_i * (x_i @ w + b) <= 0:
                w = w + y_i * x_i
                b = b + float(y_i)
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
    # END SOLUTION
