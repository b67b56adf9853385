"""A while loop with an explicit counter; the sign fixed with np.sign of the pivot entry."""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    M = np.array(A, dtype=float)
    if M.ndim != 2 or M.shape[0] != M.shape[1]:
        raise ValueError("square matrix expected")
    n = M.shape[0]
    x = np.full(n, 1.0 / np.sqrt(n))
    count = 0
    while count < max_iter:
        count += 1
        y = M.dot(x)
        length = np.sqrt(np.sum(y * y))
        if length == 0:
            return 0.0, x.copy(), count
        y /= length
        pivot = int(np.argmax(np.abs(y)))
        y *= np.sign(y[pivot])
        step = np.sqrt(np.sum((y - x) ** 2))
        x = y
        if step <= tol:
            break
    return float(x @ M @ x), x, count
