"""Activation functions and their derivatives.

Task
    Write six activation functions f, each applied entry by entry to an array, and for each its
    derivative f′ (also entry by entry: f′(x) itself, not multiplied by an upstream gradient).

    relu        f(x) = max(x, 0)                       f′(x) = 1 if x > 0 else 0
    leaky_relu  f(x) = x if x > 0 else s·x             f′(x) = 1 if x > 0 else s
                (s = negative_slope, default 0.01)
    sigmoid     f(x) = σ(x) = 1 / (1 + e^(−x))         f′(x) = σ(x)·(1 − σ(x))
    tanh        f(x) = tanh(x)                         f′(x) = 1 − tanh(x)²
    gelu        approximate="none" (exact):   f(x) = x·Φ(x) = ½·x·(1 + erf(x / √2))
                                              f′(x) = Φ(x) + x·φ(x),  φ(x) = e^(−x²/2) / √(2π)
                approximate="tanh":           f(x) = ½·x·(1 + tanh(u)),  u = √(2/π)·(x + 0.044715·x³)
                                              f′(x) = ½·(1 + tanh(u)) + ½·x·(1 − tanh(u)²)·√(2/π)·(1 + 3·0.044715·x²)
    softplus    f(x) = log(1 + e^x)                    f′(x) = σ(x)

    At x = 0 exactly, where ReLU and leaky ReLU have a kink, the derivative is the LEFT one, as
    in PyTorch: relu_grad(0) = 0 and leaky_relu_grad(0) = s.

Signature
    relu(x) -> ndarray                   relu_grad(x) -> ndarray
    leaky_relu(x, negative_slope=0.01)   leaky_relu_grad(x, negative_slope=0.01)
    sigmoid(x)                           sigmoid_grad(x)
    tanh(x)                              tanh_grad(x)
    gelu(x, approximate="none")          gelu_grad(x, approximate="none")
    softplus(x)                          softplus_grad(x)

Shapes and types
    x               a float64 numpy array with at least one axis: shape (n,), (n, m), …;
                    n may be 0
    negative_slope  a float ≥ 0 (s > 1 too: then max(x, s·x) is NOT leaky_relu)
    approximate     the str "none" or "tanh"
    returns         a NEW float64 array of the same shape as x (also for the derivatives: a
                    float64 array of 0.0 and 1.0, not a bool mask)

Example
    >>> x = np.array([-2.0, 0.0, 3.0])
    >>> relu(x), relu_grad(x)
    (array([0., 0., 3.]), array([0., 0., 1.]))
    >>> leaky_relu_grad(x)
    array([0.01, 0.01, 1.  ])
    >>> sigmoid(np.array([0.0])), sigmoid_grad(np.array([0.0])), tanh_grad(np.array([0.0]))
    (array([0.5]), array([0.25]), array([1.]))
    >>> np.round(gelu(np.array([1.0])), 6), gelu_grad(np.array([0.0]))
    (array([0.841345]), array([0.5]))

Constraints
    numpy and the standard library only (no scipy: scipy.special.erf is ruled out). numpy has no
    erf: use math.erf (or math.erfc: ½·erfc(−x/√2) is the same Φ(x), more accurate for very
    negative x) entry by entry, e.g. np.vectorize(math.erf, otypes=[float]) (otypes matters:
    without it np.vectorize fails on an array with 0 entries), or a loop over x.ravel().
    Results are compared within a relative 1e-6 plus an absolute 1e-9, far out too: no nan or
    inf for any finite x. softplus(1000.0) is 1000.0 (e^1000 overflows) and softplus(−40.0) must
    be 4.248e−18 to a relative 1e-6, not 0 (log(1 + e^−40) rounds to 0: use log1p and |x|);
    sigmoid(±1000) is 1 and 0. Inputs are not modified.
    Conventions are PyTorch's (torch.nn.functional.relu, leaky_relu(negative_slope=0.01),
    sigmoid, tanh, gelu(approximate='none'|'tanh'), softplus) and the derivatives are what
    autograd returns, kink included. One difference: PyTorch's softplus returns x itself once
    x > 20 (threshold=20), with derivative 1 there; we return log(1 + e^x) and σ(x) everywhere,
    which differ from x and 1 by at most 2.1e−9 there. scikit-learn's MLP uses the same relu
    (derivative 0 at 0), logistic and tanh derivatives.

    The hidden tests use arrays of at most 40 entries and at most 3 axes.

Time budget: 30 minutes.
"""
import math

import numpy as np

# BEGIN SOLUTION
_erfc = np.vectorize(math.erfc, otypes=[float])  # otypes: works on empty arrays too
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715
# END SOLUTION


def relu(x):
    # BEGIN SOLUTION
    # Complexity: O(n) time and O(n) extra memory for each function (n entries of x).
    return np.maximum(x, 0.0)
    # END SOLUTION


def relu_grad(x):
    # BEGIN SOLUTION
    # Strictly greater: the derivative at the kink x = 0 is 0 (PyTorch's choice).
    return (x > 0).astype(np.float64)
    # END SOLUTION


def leaky_relu(x, negative_slope=0.01):
    # BEGIN SOLUTION
    return np.where(x > 0, x, negative_slope * x)
    # END SOLUTION


def leaky_relu_grad(x, negative_slope=0.01):
    # BEGIN SOLUTION
    # The slope on the negative side is s, not s·x; at x = 0 it is s too.
    return np.where(x > 0, 1.0, float(negative_slope))
    # END SOLUTION


def sigmoid(x):
    # BEGIN SOLUTION
    # e^(−|x|) never overflows; pick the form that uses it on each side.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    # END SOLUTION


def sigmoid_grad(x):
    # BEGIN SOLUTION
    s = sigmoid(x)
    return s * (1.0 - s)
    # END SOLUTION


def tanh(x):
    # BEGIN SOLUTION
    return np.tanh(x)
    # END SOLUTION


def tanh_grad(x):
    # BEGIN SOLUTION
    return 1.0 - np.tanh(x) ** 2
    # END SOLUTION


def gelu(x, approximate="none"):
    # BEGIN SOLUTION
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(_SQRT_2_OVER_PI * (x + _GELU_C * x ** 3)))
    # Φ(x) = ½(1 + erf(x/√2)) = ½·erfc(−x/√2); erfc keeps Φ's tiny values for very negative x.
    return x * 0.5 * _erfc(-x / math.sqrt(2.0))
    # END SOLUTION


def gelu_grad(x, approximate="none"):
    # BEGIN SOLUTION
    if approximate == "tanh":
        t = np.tanh(_SQRT_2_OVER_PI * (x + _GELU_C * x ** 3))
        du = _SQRT_2_OVER_PI * (1.0 + 3.0 * _GELU_C * x ** 2)
        return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t ** 2) * du
    # Product rule on x·Φ(x): Φ(x) + x·φ(x).
    cdf = 0.5 * _erfc(-x / math.sqrt(2.0))
    pdf = np.exp(-0.5 * x ** 2) / math.sqrt(2.0 * math.pi)
    return cdf + x * pdf
    # END SOLUTION


def softplus(x):
    # BEGIN SOLUTION
    # log(1 + e^x) = max(x, 0) + log(1 + e^(−|x|)): no overflow, and log1p keeps tiny values.
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))
    # END SOLUTION


def softplus_grad(x):
    # BEGIN SOLUTION
    return sigmoid(x)
    # END SOLUTION
