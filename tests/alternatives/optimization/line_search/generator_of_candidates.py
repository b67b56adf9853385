"""Candidates from a generator; next() picks the first that passes the Armijo test."""
import itertools

import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    x = np.asarray(x, dtype=float)
    d = np.asarray(direction, dtype=float)
    g = grad(x)
    slope = float(g @ d)
    if slope >= 0.0:
        raise ValueError(f"grad(x)·d = {slope:g}: not a descent direction")
    f0 = f(x)
    candidates = itertools.accumulate(itertools.repeat(shrink), lambda a, s: a * s, initial=alpha0)
    return float(next(a for a in candidates if f(x + a * d) <= f0 + c * a * slope))
