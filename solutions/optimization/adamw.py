"""AdamW: Adam with decoupled weight decay.

Task
    Minimise a function, given its gradient, with AdamW (Loshchilov & Hutter, as in PyTorch's
    torch.optim.AdamW). It is Adam plus a separate shrink of the parameters towards zero: the
    weight decay never enters the gradient, m or v. With m = v = 0 at the start, for
    t = 1 … n_steps, with x the current point (x_{t−1}):

        g = grad(x)
        m = beta1 · m + (1 − beta1) · g
        v = beta2 · v + (1 − beta2) · g²
        m_hat = m / (1 − beta1^t)
        v_hat = v / (1 − beta2^t)
        x = x − learning_rate · (m_hat / (√v_hat + eps) + weight_decay · x)

    Everything is element-wise; eps is added outside the square root. The decay term uses x
    before this step (x_{t−1}) and is scaled by the learning rate, as in PyTorch (which writes
    it as x = x·(1 − learning_rate·weight_decay) first, then the Adam step: the same numbers).
    It is NOT "Adam with L2 regularisation", which adds weight_decay·x to g before m and v.
    Return every iterate x_0, x_1, …, x_{n_steps}.

Signature
    adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01) -> numpy.ndarray
    Every argument after x0 is passed by keyword.

Shapes and types
    grad           a function: grad(x) takes a float array of shape (d,) and returns the
                   gradient there, a float array of shape (d,)
    x0             the start point, shape (d,): a list, a float array or an int array
    n_steps        an int ≥ 0: how many updates to make
    learning_rate  a float > 0 (default 0.001)
    beta1, beta2   floats in [0, 1) (defaults 0.9 and 0.999)
    eps            a float > 0 (default 1e-8)
    weight_decay   a float ≥ 0 (default 0.01, PyTorch's AdamW default); 0 gives plain Adam
    returns        the trajectory: a float64 array of shape (n_steps + 1, d) whose row t is the
                   point after t updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    With a zero gradient the Adam part is 0 (0 / (0 + eps)), so only the decay acts:
    every step multiplies x by 1 − learning_rate·weight_decay = 1 − 0.1·0.5 = 0.95.

    >>> def grad(x):
    ...     return np.zeros(2)
    >>> np.round(adamw(grad, [2.0, -1.0], n_steps=2, learning_rate=0.1, weight_decay=0.5), 6)
    array([[ 2.    , -1.    ],
           [ 1.9   , -0.95  ],
           [ 1.805 , -0.9025]])

Constraints
    Plain Python or numpy. Call grad exactly once per step: n_steps calls in all. Do not modify
    x0. With n_steps = 0 the trajectory is just [x0]. Always make exactly n_steps updates.
    The hidden tests use d ≤ 6 and n_steps ≤ 40.

Time budget: 20 minutes.
"""
import numpy as np


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    x0 = np.asarray(x0, dtype=float)
    trajectory = np.empty((n_steps + 1, x0.shape[0]), dtype=float)
    trajectory[0] = x0
    m = np.zeros_like(x0)
    v = np.zeros_like(x0)
    for t in range(1, n_steps + 1):
        x = trajectory[t - 1]
        g = grad(x)  # the plain gradient: the decay stays out of m and v
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        # decoupled decay: shrink x itself, by the same learning rate, using x before the step
        trajectory[t] = x - learning_rate * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * x)
    return trajectory
    # END SOLUTION
