"""dW transposed: doutᵀ x has shape (H, D), but W is (D, H).

out_{nh} = Σ_d x_{nd} W_{dh}, so ∂L/∂W_{dh} = Σ_n x_{nd} dout_{nh}: dW = x.T @ dout, the shape of W.
"""
import numpy as np


def dense_forward(x, W, b):
    return x @ W + b


def dense_backward(dout, x, W):
    return dout @ W.T, dout.T @ x, dout.sum(axis=0)
