"""Wrong sign in the condition: f(x + alpha·d) ≤ f(x) − c·alpha·slope, which accepts steps that increase f.

The slope is negative for a descent direction, so the bound f(x) + c·alpha·slope lies BELOW
f(x): the step must decrease f by at least c·alpha·|slope|.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while not f(x + alpha * direction) <= fx - c * alpha * slope:
        alpha *= shrink
    return float(alpha)
