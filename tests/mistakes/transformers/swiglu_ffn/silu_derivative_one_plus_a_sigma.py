"""silu'(a) written σ(a)(1 + a σ(a)) instead of σ(a)(1 + a (1 − σ(a))).

d/da [a σ(a)] = σ(a) + a σ(a)(1 − σ(a)) = σ(a)(1 + a(1 − σ(a))): σ' = σ(1 − σ).
"""
import numpy as np


def swiglu_forward(x, w_gate, w_up, w_down):
    a = x @ w_gate
    b = x @ w_up
    e = np.exp(-np.abs(a))                              # ≤ 1: never overflows
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return (a * sigma * b) @ w_down


def swiglu_backward(x, w_gate, w_up, w_down, d_out):
    a = x @ w_gate
    b = x @ w_up
    e = np.exp(-np.abs(a))
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    silu = a * sigma
    h = silu * b

    dw_down = h.T @ d_out                               # out = h W_down
    dh = d_out @ w_down.T
    db = dh * silu                                      # h = silu(a) ⊙ b: product rule
    da = dh * b * sigma * (1.0 + a * sigma)             # the mistake: σ where 1 − σ belongs
    dw_gate = x.T @ da
    dw_up = x.T @ db
    dx = da @ w_gate.T + db @ w_up.T                    # x feeds both branches
    return dx, dw_gate, dw_up, dw_down
