"""Newton's method for minimising a function of one variable.

Task
    Newton's method fits a parabola to f at the current point (using f' and f'') and jumps to
    its vertex:

        x_{k+1} = x_k − f'(x_k) / f''(x_k)

    Starting from `x0`, make `n_steps` such updates and return every iterate. On a quadratic
    it lands on the minimum in one step; near a minimum with f'' > 0 the error roughly squares
    at each step. If f''(x_k) is exactly 0 the parabola has no vertex: raise ValueError.

Signature
    newton_1d(df, d2f, x0, *, n_steps) -> numpy.ndarray
    `n_steps` is passed by keyword.

Shapes and types
    df        a callable: df(x) returns f'(x), a float
    d2f       a callable: d2f(x) returns f''(x), a float
    x0        a number (float or int): the start point
    n_steps   an int ≥ 0: how many updates to make
    returns   the trajectory: a float64 array of shape (n_steps + 1,) whose entry k is the point
              after k updates; entry 0 is x0 itself. float64 even when x0 is an int.

Example
    f(x) = x⁴ has f'(x) = 4x³ and f''(x) = 12x², so each step is x − 4x³/12x² = 2x/3:

    >>> derivative = lambda x: 4 * x ** 3           # f(x) = x⁴
    >>> second_derivative = lambda x: 12 * x ** 2
    >>> np.round(newton_1d(derivative, second_derivative, 3.0, n_steps=3), 4)
    array([3.    , 2.    , 1.3333, 0.8889])

Constraints
    Plain Python or numpy. Call df and d2f once each per update, at x_k for k = 0 … n_steps − 1
    (nothing is evaluated at the last point). Raise ValueError when d2f(x_k) == 0. Do not stop
    early: always make exactly n_steps updates. f'' < 0 is allowed (Newton then heads for a
    maximum): only exact zero curvature is an error.
    The hidden tests use n_steps ≤ 10.

Time budget: 10 minutes.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) memory for the trajectory (n = n_steps, plus n calls each of df and d2f).
    trajectory = np.empty(n_steps + 1, dtype=float)
    trajectory[0] = x0
    for k in range(n_steps):
        x = trajectory[k]
        curvature = d2f(x)
        # A flat parabola has no vertex to jump to.
        if curvature == 0:
            raise ValueError(f"f''(x) is zero at x = {x}: the Newton step is undefined")
        # Jump to the vertex of the local quadratic model.
        trajectory[k + 1] = x - df(x) / curvature
    return trajectory
    # END SOLUTION
