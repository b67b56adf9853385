"""The chain rule as explicit Jacobians: diag(σ′) and the mean's gradient, multiplied out with matrices."""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    n = len(y)
    z = np.dot(X, w) + b
    p = np.where(z >= 0, 1.0 / (1.0 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))))
    dL_dp = 2.0 / n * (p - y)                   # (N,)
    dp_dz = np.diag(p * (1.0 - p))              # (N, N), diagonal: each p_i depends on z_i only
    dL_dz = dL_dp @ dp_dz
    dz_dtheta = np.column_stack([X, np.ones(n)])  # (N, D + 1): ∂z_i/∂w and ∂z_i/∂b
    grad = dL_dz @ dz_dtheta
    return float(np.sum((p - y) ** 2) / n), grad[:-1], float(grad[-1])
