"""A for loop over k with alpha = alpha0 · shrink**k, and the condition written as a decrease."""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    slope = np.sum(grad(x) * direction)
    if not slope < 0:
        raise ValueError("direction is not a descent direction")
    k = 0
    while True:
        alpha = alpha0 * shrink ** k
        decrease = f(x) - f(x + alpha * direction)   # f(x) recomputed: wasteful but correct
        if decrease >= -c * alpha * slope:
            return float(alpha)
        k += 1
