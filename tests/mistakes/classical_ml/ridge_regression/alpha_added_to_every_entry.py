"""Adds alpha to every entry of XcᵀXc (XcᵀXc + alpha broadcasts) instead of to its diagonal.

A scalar added to a matrix goes to every entry. The penalty's Hessian is alpha·I: add
alpha * np.eye(d).
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha, Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
