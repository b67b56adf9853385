"""Uses −‖grad(x)‖² as the slope (the steepest-descent form) instead of the directional derivative grad(x) · d.

f(x) − c·alpha·‖∇f‖² is the Armijo condition only when d = −∇f(x). For a general direction the
slope is the dot product grad(x) · d.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    g = grad(x)
    if float(np.dot(g, direction)) >= 0:
        raise ValueError("not a descent direction")
    slope = -float(np.dot(g, g))
    alpha = alpha0
    while not f(x + alpha * direction) <= fx + c * alpha * slope:
        alpha *= shrink
    return float(alpha)
