"""Never tries alpha0: it shrinks alpha before the first test, so the full step is never accepted.

The first step size tried is alpha0 itself; shrink only after a try is rejected. A do-while
loop (`alpha *= shrink` at the top) is the usual way to get this wrong.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while True:
        alpha *= shrink
        if f(x + alpha * direction) <= fx + c * alpha * slope:
            return float(alpha)
