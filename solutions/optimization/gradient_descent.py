"""Gradient descent in d dimensions.

Task
    Minimise a function of a vector x by gradient descent. You are not given the function, only
    its gradient: `grad(x)` returns ∇f(x). Starting from `x0`, make `n_steps` updates

        x_{k+1} = x_k − learning_rate · grad(x_k)

    and return every point visited, the start point included.

Signature
    gradient_descent(grad, x0, *, learning_rate, n_steps) -> numpy.ndarray
    Everything after `x0` is passed by keyword.

Shapes and types
    grad           a callable: grad(x) takes a float array of shape (d,) and returns the
                   gradient there, a float array of shape (d,)
    x0             the start point: a 1-D array of length d, or a list; it may hold ints
    learning_rate  a float > 0
    n_steps        an int ≥ 0: how many updates to make
    returns        the trajectory: a float64 array of shape (n_steps + 1, d) whose row k is the
                   point after k updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    >>> grad = lambda x: 2 * x          # the gradient of f(x) = ‖x‖²
    >>> gradient_descent(grad, [1.0, -2.0], learning_rate=0.25, n_steps=3)
    array([[ 1.   , -2.   ],
           [ 0.5  , -1.   ],
           [ 0.25 , -0.5  ],
           [ 0.125, -0.25 ]])

Constraints
    Call grad exactly once per update (n_steps calls in all; none when n_steps = 0): in real
    training the gradient is the expensive part. Do not modify x0 (work on a float copy), and
    make every row of the trajectory its own values, not the same array seen n times. With
    n_steps = 0 the trajectory is just the start point, shape (1, d). Always make exactly
    n_steps updates, even when the iterates diverge.
    The hidden tests use d ≤ 6 and n_steps ≤ 300.

Time budget: 10 minutes.
"""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    # A float copy: x0 may be a list or hold ints, and the caller's array must stay untouched.
    x = np.array(x0, dtype=float)
    trajectory = np.empty((n_steps + 1, x.size))
    trajectory[0] = x
    for k in range(n_steps):
        # `x - ...` builds a new array, so no two rows ever share memory.
        x = x - learning_rate * grad(x)
        trajectory[k + 1] = x
    return trajectory
    # END SOLUTION
