"""SGD with momentum.

Task
    Gradient descent with momentum (heavy ball), in PyTorch's convention without dampening.
    Keep a velocity v, the same shape as x, starting at zero. At every update k = 0 … n_steps − 1:

        v_{k+1} = momentum · v_k + grad(x_k)
        x_{k+1} = x_k − learning_rate · v_{k+1}

    so the new gradient is added to the decayed old velocity first, and x then moves along the
    new velocity. Return every point visited, the start point included.

Signature
    sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps) -> numpy.ndarray
    Everything after `x0` is passed by keyword.

Shapes and types
    grad           a callable: grad(x) takes a float array of shape (d,) and returns the
                   gradient there, a float array of shape (d,)
    x0             the start point: a 1-D array of length d, or a list; it may hold ints
    learning_rate  a float > 0
    momentum       a float in [0, 1); with momentum = 0 this is plain gradient descent
    n_steps        an int ≥ 0: how many updates to make
    returns        the trajectory: a float64 array of shape (n_steps + 1, d) whose row k is the
                   point after k updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    >>> grad = lambda x: 2 * x                  # the gradient of f(x) = ‖x‖²
    >>> sgd_momentum(grad, [1.0, -2.0], learning_rate=0.25, momentum=0.5, n_steps=4)
    array([[ 1.  , -2.  ],
           [ 0.5 , -1.  ],
           [ 0.  ,  0.  ],
           [-0.25,  0.5 ],
           [-0.25,  0.5 ]])

    (At step 2 x is at the minimum, but the velocity carries it past: that is momentum.)

Constraints
    No dampening: the gradient enters the velocity with weight 1, not (1 − momentum). The
    velocity is kept across updates (it is not reset each step). Call grad exactly once per
    update (n_steps calls in all). Do not modify x0, and make every row of the trajectory its
    own values. With n_steps = 0 the trajectory is just the start point, shape (1, d).
    The hidden tests use d ≤ 6 and n_steps ≤ 150.

Time budget: 15 minutes.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    # A float copy: x0 may be a list or hold ints, and the caller's array must stay untouched.
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)  # v_0 = 0: no motion before the first gradient
    trajectory = np.empty((n_steps + 1, x.size))
    trajectory[0] = x
    for k in range(n_steps):
        # Update the velocity first, then move x along the NEW velocity.
        velocity = momentum * velocity + grad(x)
        x = x - learning_rate * velocity
        trajectory[k + 1] = x
    return trajectory
    # END SOLUTION
