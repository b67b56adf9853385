"""silu applied to the x W_up branch and x W_gate kept linear: the roles of the two matrices swapped.

The gate is silu(x W_gate) (LLaMA's w1); x W_up (w3) is the linear branch.
"""
import numpy as np


def swiglu_forward(x, w_gate, w_up, w_down):
    a = x @ w_up
    b = x @ w_gate
    e = np.exp(-np.abs(a))                              # ≤ 1: never overflows
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return (a * sigma * b) @ w_down


def swiglu_backward(x, w_gate, w_up, w_down, d_out):
    a = x @ w_up
    b = x @ w_gate
    e = np.exp(-np.abs(a))
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    silu = a * sigma
    h = silu * b

    dw_down = h.T @ d_out                               # out = h W_down
    dh = d_out @ w_down.T
    db = dh * silu                                      # h = silu(a) ⊙ b: product rule
    da = dh * b * sigma * (1.0 + a * (1.0 - sigma))     # silu'(a)
    dw_gate = x.T @ db
    dw_up = x.T @ da
    dx = da @ w_up.T + db @ w_gate.T                   # x feeds both branches
    return dx, dw_gate, dw_up, dw_down
