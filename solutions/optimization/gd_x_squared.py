"""Gradient descent on f(x) = x².

Task
    Minimise f(x) = x² by gradient descent, starting from `x0`. The gradient is f'(x) = 2x, so
    each update is x_{k+1} = x_k − learning_rate · 2·x_k. Return every iterate.

Signature
    gradient_descent(x0, learning_rate, n_steps) -> numpy.ndarray
    `learning_rate` and `n_steps` are passed by keyword.

Shapes and types
    x0             a number (float or int)
    learning_rate  a float
    n_steps        an int ≥ 0: how many updates to make
    returns        the trajectory: a float64 array of shape (n_steps + 1,) whose entry k is
                   the point after k updates; entry 0 is x0 itself. float64 even when x0 is an int.

Example
    >>> gradient_descent(3.0, learning_rate=0.25, n_steps=3)
    array([3.   , 1.5  , 0.75 , 0.375])

Constraints
    Plain Python or numpy. With n_steps = 0 the trajectory is just [x0]. Do not stop early:
    always make exactly n_steps updates, even when the iterates diverge.
    The hidden tests use n_steps ≤ 30 and |x0| ≤ 10.

Time budget: 10 minutes.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) memory for the trajectory (n = n_steps).
    trajectory = np.empty(n_steps + 1, dtype=float)
    trajectory[0] = x0
    for k in range(n_steps):
        gradient = 2.0 * trajectory[k]
        trajectory[k + 1] = trajectory[k] - learning_rate * gradient
    return trajectory
    # END SOLUTION
