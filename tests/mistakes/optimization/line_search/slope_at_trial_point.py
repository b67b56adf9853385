"""Slope at the trial point: it uses grad(x + alpha·d) · d in the condition instead of grad(x) · d.

The slope in the Armijo condition is the directional derivative at the current point x,
computed once before the loop: the condition compares f along the line with the tangent line
at x.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    if float(np.dot(grad(x), direction)) >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while True:
        trial = x + alpha * direction
        slope = float(np.dot(grad(trial), direction))
        if f(trial) <= fx + c * alpha * slope:
            return float(alpha)
        alpha *= shrink
