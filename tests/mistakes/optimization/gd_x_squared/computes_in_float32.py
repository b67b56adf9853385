"""The iterates are computed in float32 (then returned as float64), so they carry float32's rounding (about 1e-8 relative).

Compute in float64 from the start: np.empty(n_steps + 1) or dtype=np.float64; a float32 buffer
rounds every iterate to 7 significant digits, and converting at the end does not bring them back.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = np.empty(n_steps + 1, dtype=np.float32)
    trajectory[0] = x0
    for k in range(n_steps):
        gradient = 2.0 * trajectory[k]
        trajectory[k + 1] = trajectory[k] - learning_rate * gradient
    return trajectory.astype(np.float64)
