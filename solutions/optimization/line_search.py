"""Backtracking line search with the Armijo (sufficient decrease) condition.

Task
    Given a point x and a descent direction d, choose how far to step along d. Try the step
    sizes alpha0, alpha0·shrink, alpha0·shrink², … in that order and return the first alpha
    that satisfies the Armijo condition

        f(x + alpha·d) ≤ f(x) + c · alpha · slope,      where slope = grad(x) · d

    is the directional derivative of f at x along d (computed once, at x). The condition asks
    for a decrease of at least a fraction c of what the tangent line promises; a mere decrease
    f(x + alpha·d) < f(x) is not enough.

    If slope ≥ 0, d is not a descent direction (no small step can decrease f): raise ValueError.

    A trial step where f is NaN (outside f's domain, or an overflow) fails the condition, since
    NaN ≤ anything is false: reject it and keep shrinking, as for any other rejected step. The
    condition is ≤: a trial value exactly on the bound is accepted.

Signature
    backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4) -> float
    `alpha0`, `shrink` and `c` are passed by keyword.

Shapes and types
    f          a callable: f(x) returns a float
    grad       a callable: grad(x) returns the gradient of f at x, shape (d,)
    x          a float64 array of shape (d,): the current point
    direction  a float64 array of shape (d,): the direction to search along
    alpha0     a float > 0: the first step size tried
    shrink     a float in (0, 1): the factor applied to alpha after each rejected try
    c          a float in (0, 1): the fraction of the predicted decrease required
    returns    a float: the accepted step size alpha

Example
    f(x) = x², at x = 1 along d = −1.5 (slope 2·1·(−1.5) = −3), with c = 0.5:
    alpha = 1 gives f(−0.5) = 0.25 > 1 − 0.5·1·3 = −0.5 (rejected);
    alpha = 0.5 gives f(0.25) = 0.0625 ≤ 1 − 0.5·0.5·3 = 0.25 (accepted).

    >>> f = lambda x: float(x @ x)                 # f(x) = ‖x‖²
    >>> grad = lambda x: 2 * x                     # its gradient
    >>> backtracking_line_search(f, grad, np.array([1.0]), np.array([-1.5]), c=0.5)
    0.5

Constraints
    Plain Python or numpy. Call grad exactly once (at x); f(x) can be computed once too. Always
    try alpha0 itself first. Leave x and direction unchanged. Raise ValueError when
    grad(x) · d ≥ 0 (including a zero gradient or a direction orthogonal to it).
    The hidden tests use d ≤ 6.

Time budget: 20 minutes.
"""
import numpy as np


def backtracking_line_search(f, grad, x, direction, *, alpha0=1.0, shrink=0.5, c=1e-4):
    # BEGIN SOLUTION
    # Complexity: O(d + G + t·(d + F)) time, O(d) extra memory (t trial steps, d dimensions, F and G the costs of f and grad).
    fx = f(x)
    # The directional derivative at x: how fast f changes along d for a tiny step.
    slope = float(np.dot(grad(x), direction))
    if slope >= 0:
        raise ValueError(f"not a descent direction: grad(x) · direction = {slope} ≥ 0")
    alpha = alpha0
    # Sufficient decrease: at least a fraction c of the decrease the tangent line predicts.
    # Written as `not ... <=` so that a NaN value (every comparison false) is rejected.
    while not f(x + alpha * direction) <= fx + c * alpha * slope:
        alpha *= shrink
    return float(alpha)
    # END SOLUTION
