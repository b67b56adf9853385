"""Reaches a ruled-out library through an alias: from scipy import optimize as o."""
# kata: optimization/line_search
# expect: forbidden
from scipy import optimize as o


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    return float(o.line_search(f, grad, x, direction)[0])
