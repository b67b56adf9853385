"""Accepts a step where f is NaN: `while f(x + alpha·d) > bound` ends as soon as f is NaN, since every comparison with NaN is false.

Write the loop so that it continues until the condition HOLDS, `while not f(x + alpha·d) <=
bound`: a NaN value (a step outside f's domain, or an overflow) is then rejected like any other.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    fx = f(x)
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while f(x + alpha * direction) > fx + c * alpha * slope:
        alpha *= shrink
    return float(alpha)
