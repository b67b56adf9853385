"""Gradient descent with a learning-rate schedule.

Task
    Gradient descent as before, but the learning rate changes from step to step: a schedule
    gives it. Update k (k = 0, 1, …, n_steps − 1) takes the point from row k to row k + 1 with
    the learning rate schedule(k):

        x_{k+1} = x_k − schedule(k) · grad(x_k)

    Return every point visited, the start point included.

Signature
    gradient_descent(grad, x0, *, schedule, n_steps) -> numpy.ndarray
    Everything after `x0` is passed by keyword.

Shapes and types
    grad      a callable: grad(x) takes a float array of shape (d,) and returns the gradient
              there, a float array of shape (d,)
    x0        the start point: a 1-D array of length d, or a list; it may hold ints
    schedule  a callable: schedule(k) takes the update number k (an int, starting at 0) and
              returns the learning rate for that update (a float ≥ 0)
    n_steps   an int ≥ 0: how many updates to make
    returns   the trajectory: a float64 array of shape (n_steps + 1, d) whose row k is the
              point after k updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    >>> grad = lambda x: x                       # the gradient of f(x) = ½‖x‖²
    >>> schedule = lambda k: [0.5, 0.25, 1.0][k]
    >>> gradient_descent(grad, [6.0, -2.0], schedule=schedule, n_steps=3)
    array([[ 6.  , -2.  ],
           [ 3.  , -1.  ],
           [ 2.25, -0.75],
           [ 0.  ,  0.  ]])

Constraints
    The first update uses schedule(0), the last schedule(n_steps − 1): never ask the schedule
    for step n_steps (it may not have one). Call grad exactly once per update (n_steps calls
    in all). Do not modify x0, and make every row of the trajectory its own values. With
    n_steps = 0 the trajectory is just the start point, shape (1, d).
    The hidden tests use d ≤ 6 and n_steps ≤ 300.

Time budget: 10 minutes.
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    # A float copy: x0 may be a list or hold ints, and the caller's array must stay untouched.
    x = np.array(x0, dtype=float)
    trajectory = np.empty((n_steps + 1, x.size))
    trajectory[0] = x
    for k in range(n_steps):
        # Update k uses schedule(k), counting from 0 like the rows it starts from.
        x = x - schedule(k) * grad(x)
        trajectory[k + 1] = x
    return trajectory
    # END SOLUTION
