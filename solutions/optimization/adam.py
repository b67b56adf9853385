"""Adam: momentum on the gradient, RMSProp on its square, both bias-corrected.

Task
    Minimise a function, given its gradient, with Adam (Kingma & Ba). Keep m, a decaying
    average of the gradients, and v, a decaying average of the squared gradients, both starting
    at zero. Count steps from t = 1. For t = 1 … n_steps, with x the current point:

        g = grad(x)
        m = beta1 · m + (1 − beta1) · g
        v = beta2 · v + (1 − beta2) · g²
        m_hat = m / (1 − beta1^t)          (bias correction: m and v start at zero)
        v_hat = v / (1 − beta2^t)
        x = x − learning_rate · m_hat / (√v_hat + eps)

    Everything is element-wise (g² squares each entry). eps is added OUTSIDE the square root, to
    √v_hat (the bias-corrected average), exactly as written: this is PyTorch's formula. Any
    algebra that computes these same numbers is fine (e.g. PyTorch's
    lr/(1 − beta1^t) · m / (√v/√(1 − beta2^t) + eps)). The paper's "efficient" variant, which
    folds both corrections into the learning rate and adds eps to √v, puts eps somewhere else:
    with a large eps it gives different numbers, so it is not what is asked for here.
    Return every iterate x_0, x_1, …, x_{n_steps}.

Signature
    adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8)
        -> numpy.ndarray
    Every argument after x0 is passed by keyword.

Shapes and types
    grad           a function: grad(x) takes a float array of shape (d,) and returns the
                   gradient there, a float array of shape (d,)
    x0             the start point, shape (d,): a list, a float array or an int array
    n_steps        an int ≥ 0: how many updates to make
    learning_rate  a float > 0 (default 0.001)
    beta1, beta2   floats in [0, 1): how much of the old averages m and v is kept
                   (defaults 0.9 and 0.999)
    eps            a float > 0 (default 1e-8)
    returns        the trajectory: a float64 array of shape (n_steps + 1, d) whose row t is the
                   point after t updates; row 0 is x0 itself. float64 even when x0 holds ints.

Example
    With a constant gradient the corrections are exact: m_hat = g and v_hat = g², so every
    step moves each coordinate by learning_rate·g/(|g| + eps), about learning_rate·sign(g).

    >>> def grad(x):
    ...     return np.array([3.0, -0.5])   # the same gradient everywhere
    >>> np.round(adam(grad, [1.0, 1.0], n_steps=3, learning_rate=0.1), 6)
    array([[1. , 1. ],
           [0.9, 1.1],
           [0.8, 1.2],
           [0.7, 1.3]])

Constraints
    Plain Python or numpy. Call grad exactly once per step: n_steps calls in all. Do not modify
    x0. With n_steps = 0 the trajectory is just [x0]. Always make exactly n_steps updates.
    The hidden tests use d ≤ 6 and n_steps ≤ 2000.

Time budget: 20 minutes.
"""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    # BEGIN SOLUTION
    # Complexity: O(n·(d + G)) time, O(n·d) memory for the trajectory (n steps, d dimensions, G the cost of one grad call).
    x0 = np.asarray(x0, dtype=float)
    trajectory = np.empty((n_steps + 1, x0.shape[0]), dtype=float)
    trajectory[0] = x0
    m = np.zeros_like(x0)  # first moment: decaying average of g
    v = np.zeros_like(x0)  # second moment: decaying average of g²
    for t in range(1, n_steps + 1):
        x = trajectory[t - 1]
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        # m and v start at zero, so early on they are too small by the factor 1 − beta^t
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        trajectory[t] = x - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return trajectory
    # END SOLUTION
