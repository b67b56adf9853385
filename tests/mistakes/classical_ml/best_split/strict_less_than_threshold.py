"""Strict x < threshold for the left side: the statement says x ≤ t, and when the midpoint of two adjacent floats rounds onto the lower value, x < t leaves the left side empty.

Use exactly the stated rule, left = x <= t and right = x > t; a midpoint is not guaranteed to lie strictly between two values in floating point.
"""
import numpy as np
def _imp(y, crit):
    if len(y) == 0: return 0.0
    _, c = np.unique(y, return_counts=True); p = c/len(y)
    return float(1 - np.sum(p*p)) if crit == "gini" else float(-np.sum(p*np.log2(p)))
def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"): raise ValueError
    if len(x) == 0: raise ValueError
    v = np.unique(x)
    if len(v) < 2: return (None, 0.0)
    par = _imp(y, criterion); n = len(y)
    best_t, best_d = None, -np.inf
    for t in (v[:-1] + v[1:]) / 2:
        L = y[x < t]; R = y[x >= t]
        dec = par - len(L)/n*_imp(L, criterion) - len(R)/n*_imp(R, criterion)
        if dec > best_d: best_t, best_d = float(t), float(dec)
    return (best_t, best_d)
