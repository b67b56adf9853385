"""Forward returns (out, cache), as in some course code, instead of just the output array.

This statement's dense_forward returns only out; dense_backward takes x and W explicitly.
"""
import numpy as np


def dense_forward(x, W, b):
    return x @ W + b, (x, W, b)


def dense_backward(dout, x, W):
    return dout @ W.T, x.T @ dout, dout.sum(axis=0)
