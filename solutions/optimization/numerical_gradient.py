"""Numerical gradient by central differences.

Task
    Estimate the gradient of a function f at x without knowing its formula: nudge one entry of x
    at a time by ±h and measure how f changes. For every entry i of x,

        gradient[i] = (f(x + h·e_i) − f(x − h·e_i)) / (2h)

    where e_i is 1 at entry i and 0 everywhere else (a central difference). This is how gradient
    checks test a hand-written backward pass.

Signature
    numerical_gradient(f, x, h=1e-5) -> numpy.ndarray
    `h` is passed by keyword; when it is left out, h = 1e-5.

Shapes and types
    f        a callable: f(x) takes a float array of the same shape as x and returns a float
    x        a float64 numpy array of ANY shape: 1-D, 2-D, 3-D, ... or 0-d (a single number
             stored as an array of shape ()); "entry i" means every index of x, e.g. (r, c) in 2-D
    h        a float > 0, the step
    returns  a float64 numpy array with the shape of x (shape () when x is 0-d), entry i being
             the central difference for entry i of x

Example
    >>> f = lambda x: float(np.sum(x ** 3))     # exact gradient 3x²; central differences add h²
    >>> np.round(numerical_gradient(f, np.array([1.0, -2.0]), h=0.1), 6)
    array([ 3.01, 12.01])
    >>> np.round(numerical_gradient(f, np.array([[1.0, -2.0], [0.5, 3.0]]), h=0.1), 6)
    array([[ 3.01, 12.01],
           [ 0.76, 27.01]])

Constraints
    Plain Python or numpy. Call f with arrays of x's shape (f may refuse any other shape).
    x must hold exactly its original values afterwards: perturb a copy, or restore each entry
    from a saved value (x[i] += h followed later by x[i] -= h can be off in the last bit).
    The hidden tests use x with at most 20 entries (up to 3 dimensions).

Time budget: 15 minutes.
"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    # BEGIN SOLUTION
    # Complexity: O(n·F) time, O(n) extra memory (n entries of x, F the cost of one call of f; 2n calls).
    # Our own float copy: we perturb it freely and the caller's x is never touched.
    x = np.array(x, dtype=float)
    gradient = np.zeros_like(x)
    # np.ndindex walks every index of any shape: (i,) in 1-D, (r, c) in 2-D, () for a 0-d array.
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + h
        f_plus = f(x)
        x[index] = original - h
        f_minus = f(x)
        x[index] = original  # restore from the saved value, so the next entry sees the true x
        gradient[index] = (f_plus - f_minus) / (2 * h)
    return gradient
    # END SOLUTION
