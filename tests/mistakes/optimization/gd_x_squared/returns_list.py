"""Returns a Python list instead of a numpy array.

The statement asks for a numpy array: wrap the list with np.array(..., dtype=float).
"""


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        trajectory.append(trajectory[-1] - learning_rate * 2 * trajectory[-1])
    return trajectory
