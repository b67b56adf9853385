"""No ValueError for an ascent direction: it searches along d even when grad(x) · d ≥ 0.

Along a direction with slope ≥ 0 no small step decreases f, so the search can only shrink alpha
towards 0. Check the slope first and raise ValueError when it is not negative.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    alpha = alpha0
    while not f(x + alpha * direction) <= fx + c * alpha * slope:
        alpha *= shrink
    return float(alpha)
