"""Debug: AdamW with gradient clipping.

Task
    This file has 4 bugs. The code below is meant to run AdamW (Adam with decoupled weight
    decay, Loshchilov & Hutter) on a function whose gradient you are given, with optional
    clipping of the gradient by its norm. Find and fix the bugs; grading tells you how many
    remain and which ones you have fixed, not where they are.

    What the code should do, for t = 1 … n_steps, with m = v = 0 before the first step:

        g  = grad(x)                                  (called exactly once per step)
        g  = g · max_grad_norm / ‖g‖   only when max_grad_norm is given and ‖g‖ > max_grad_norm
        m  = β1·m + (1 − β1)·g
        v  = β2·v + (1 − β2)·g²
        m̂  = m / (1 − β1^t),   v̂ = v / (1 − β2^t)
        x  = x − lr·( m̂ / (√v̂ + eps) + weight_decay·x )

    ‖g‖ is the Euclidean norm of the whole vector. The decay term uses x before the update and
    never enters m or v.

Signature
    adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
         weight_decay=0.0, max_grad_norm=None) -> trajectory

Shapes and types
    grad           a callable: grad(x) returns the gradient at x, a float64 array of shape (d,)
    x0             array-like of shape (d,), 1 ≤ d ≤ 5 in the hidden tests
    n_steps        int ≥ 0 (≤ 20 in the hidden tests)
    returns        float64 array (n_steps + 1, d): row k is x after k updates, row 0 is x0

Example
    >>> constant = lambda x: np.array([3.0, -0.5])       # m̂ = g and v̂ = g², so steps of ±lr
    >>> adam(constant, [1.0, 1.0], n_steps=2, learning_rate=0.1).round(6)
    array([[1. , 1. ],
           [0.9, 1.1],
           [0.8, 1.2]])

Constraints
    numpy only. Returns a new array; x0 is not modified.
    Coming from PyTorch: torch.optim.AdamW multiplies x by (1 − lr·weight_decay) before the Adam
    step, which is the same update. torch.nn.utils.clip_grad_norm_ adds 1e-6 to ‖g‖ (clip_coef =
    max_norm / (‖g‖ + 1e-6)); here the rule is exactly max_grad_norm / ‖g‖, applied only when
    ‖g‖ > max_grad_norm. The hidden tests clip gradients of norm 5·10⁻⁶, where the two differ.

Time budget: 45 minutes.
"""
# Your debug kata: this code has planted bugs (the statement above says how many). Find and fix
# them, then run `make grade KATA=debugging/fix_adamw`. Grading says how many remain, not where.
import numpy as np


def clip_by_norm(g, max_norm):
    """g rescaled so that its norm is at most max_norm."""
    return np.clip(g, -max_norm, max_norm)


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
         weight_decay=0.0, max_grad_norm=None):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        if max_grad_norm is not None:
            g = clip_by_norm(g, max_grad_norm)
        g = g + weight_decay * x
        m = (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        step = m_hat / np.sqrt(v_hat + eps)
        x = x - learning_rate * step
        trajectory.append(x.copy())
    return np.array(trajectory)
