"""Huber loss and smooth L1 loss: PyTorch's two parametrisations, and their gradients.

Task
    For residuals d = input − target (element by element), PyTorch has two losses that are
    quadratic near 0 and linear further out:
        Huber, delta > 0:      0.5 d²               if |d| < delta,   delta · (|d| − 0.5 delta) otherwise
        smooth L1, beta >= 0:  0.5 d² / beta        if |d| < beta,    |d| − 0.5 beta otherwise
    so huber(delta) = delta · smooth_l1(beta = delta). With beta = 0 smooth L1 is exactly the L1
    loss |d| (the quadratic branch is empty: no division by zero). Reduce with "mean" (over ALL
    elements), "sum" or "none". Also return the gradient of the reduced loss with respect to
    `input`: d where |d| < delta, else delta · sign(d) (Huber); d / beta where |d| < beta, else
    sign(d) (smooth L1; with beta = 0 it is sign(d), and sign(0) = 0); divided by the number of
    elements for "mean".

Signature
    huber_loss(input, target, delta=1.0, reduction="mean") -> loss
    smooth_l1_loss(input, target, beta=1.0, reduction="mean") -> loss
    huber_grad(input, target, delta=1.0, reduction="mean") -> d_input
    smooth_l1_grad(input, target, beta=1.0, reduction="mean") -> d_input

Shapes and types
    input, target: float64 arrays of the same shape (any shape, possibly empty).
    loss: a float for "mean" and "sum", a new float64 array of the inputs' shape for "none".
    d_input: a new float64 array of the inputs' shape; the gradient functions accept "mean" and
    "sum" only. An empty input gives 0.0 for "sum", nan for "mean" (as PyTorch), and an empty
    gradient.

Example
    >>> import numpy as np
    >>> x, y = np.array([0.5, 3.0]), np.zeros(2)
    >>> huber_loss(x, y, delta=2.0, reduction="none").tolist()      # 0.5·0.25, 2·(3 − 1)
    [0.125, 4.0]
    >>> smooth_l1_loss(x, y, beta=2.0, reduction="none").tolist()   # 0.125 / 2, 3 − 1
    [0.0625, 2.0]
    >>> smooth_l1_grad(x, y, beta=0.0, reduction="sum").tolist()
    [1.0, 1.0]

Constraints
    Plain Python and numpy only. The comparison is strict: |d| < delta is quadratic, |d| = delta
    is linear (both give the same value and slope there). ValueError for: shapes that differ,
    delta <= 0, beta < 0, a reduction other than "none", "mean", "sum" ("none" for the
    gradients). Returns new arrays; the inputs are not modified.

    Coming from PyTorch: torch.nn.HuberLoss(delta) and torch.nn.SmoothL1Loss(beta); for
    delta = beta = 1 the two are equal, otherwise they differ by the factor delta. Some texts
    call smooth L1 "Huber": check which parametrisation a formula uses.

    The hidden tests use at most 200 elements.

Time budget: 15 minutes.
"""
import numpy as np


def _residual(input, target, reduction, grad=False):
    x = np.asarray(input, dtype=np.float64)
    y = np.asarray(target, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError(f"input {x.shape} and target {y.shape} differ in shape")
    allowed = ("mean", "sum") if grad else ("none", "mean", "sum")
    if reduction not in allowed:
        raise ValueError(f"unknown reduction {reduction!r}")
    return x - y


def _reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")


def huber_loss(input, target, delta=1.0, reduction="mean"):
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory (n elements).
    d = _residual(input, target, reduction)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    a = np.abs(d)
    return _reduce(np.where(a < delta, 0.5 * d * d, delta * (a - 0.5 * delta)), reduction)
    # END SOLUTION


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    # BEGIN SOLUTION
    d = _residual(input, target, reduction)
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    a = np.abs(d)
    if beta == 0:
        return _reduce(a, reduction)
    return _reduce(np.where(a < beta, 0.5 * d * d / beta, a - 0.5 * beta), reduction)
    # END SOLUTION


def huber_grad(input, target, delta=1.0, reduction="mean"):
    # BEGIN SOLUTION
    d = _residual(input, target, reduction, grad=True)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    g = np.where(np.abs(d) < delta, d, delta * np.sign(d))
    return g / d.size if reduction == "mean" and d.size else g
    # END SOLUTION


def smooth_l1_grad(input, target, beta=1.0, reduction="mean"):
    # BEGIN SOLUTION
    d = _residual(input, target, reduction, grad=True)
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    if beta == 0:
        g = np.sign(d)
    else:
        g = np.where(np.abs(d) < beta, d / beta, np.sign(d))
    return g / d.size if reduction == "mean" and d.size else g
    # END SOLUTION
