"""db of shape (1, H): dout.sum(axis=0, keepdims=True) keeps an axis that b does not have.

The gradient has the shape of the parameter: b is (H,), so db is (H,). Drop keepdims (or reshape).
"""
import numpy as np


def dense_forward(x, W, b):
    return x @ W + b


def dense_backward(dout, x, W):
    return dout @ W.T, x.T @ dout, dout.sum(axis=0, keepdims=True)
