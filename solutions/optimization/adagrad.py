"""AdaGrad: a learning rate per coordinate, shrinking with the gradients seen so far.

Task
    Minimise a function, given its gradient, with AdaGrad. Keep G, the running sum of squared
    gradients of each coordinate, starting at zero. With G_0 = 0, for k = 0 … n_steps − 1:

        g       = grad(x_k)
        G_{k+1} = G_k + g²
        x_{k+1} = x_k − learning_rate · g / (√G_{k+1} + eps)

    Everything is element-wise (g² squares each entry). G is updated before the step, so the
    first step already divides by √(g²) = |g|. eps goes OUTSIDE the square root (PyTorch's
    convention): √G + eps, not √(G + eps). Return every iterate x_0, x_1, …, x_{n_steps}.

Signature
    adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8) -> numpy.ndarray
    Every argument after x0 is passed by keyword.

Shapes and types
    grad           a function: grad(x) takes a float array of shape (d,) and returns the
                   gradient there, a float array of shape (d,)
    x0             the start point, shape (d,): a list, a float array or an int array
    learning_rate  a float > 0
    n_steps        an int ≥ 0: how many updates to make
    eps            a float > 0, added to √G to avoid dividing by zero (default 1e-8)
    returns        the trajectory: a float64 array of shape (n_steps + 1, d) whose row k is x_k,
                   the point after k updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    With grad(x) = x, from x0 = (1, −4) and learning_rate = 0.5, the first step divides each
    gradient by its own size, so both coordinates move by 0.5 (towards 0): (0.5, −3.5).

    >>> def grad(x):
    ...     return x
    >>> np.round(adagrad(grad, [1.0, -4.0], learning_rate=0.5, n_steps=2), 4)
    array([[ 1.    , -4.    ],
           [ 0.5   , -3.5   ],
           [ 0.2764, -3.1707]])

Constraints
    Plain Python or numpy. Call grad exactly once per step: n_steps calls in all. Do not modify
    x0. With n_steps = 0 the trajectory is just [x0]. Always make exactly n_steps updates.

Coming from PyTorch
    torch.optim.Adagrad defaults eps to 1e-10; here it is 1e-8 (outside the square root in
    both). The difference only shows while √G is tiny, at the very first steps on near-zero
    gradients: pass eps=1e-10 to match PyTorch.
    The hidden tests use d ≤ 6 and n_steps ≤ 300.

Time budget: 15 minutes.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    x0 = np.asarray(x0, dtype=float)
    trajectory = np.empty((n_steps + 1, x0.shape[0]), dtype=float)
    trajectory[0] = x0
    sum_of_squares = np.zeros_like(x0)  # G: every squared gradient so far, per coordinate
    for k in range(n_steps):
        x = trajectory[k]
        g = grad(x)
        # accumulate first, so the step already uses this gradient's size
        sum_of_squares = sum_of_squares + g * g
        trajectory[k + 1] = x - learning_rate * g / (np.sqrt(sum_of_squares) + eps)
    return trajectory
    # END SOLUTION
