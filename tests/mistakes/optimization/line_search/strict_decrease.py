"""Accepts any decrease: the test is f(x + alpha·d) < f(x), without the c·alpha·slope term.

The Armijo condition asks for a SUFFICIENT decrease, f(x + alpha·d) ≤ f(x) + c·alpha·slope:
a step that barely lowers f (or jumps across the valley to almost the same height) is rejected.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while not f(x + alpha * direction) < fx:
        alpha *= shrink
    return float(alpha)
