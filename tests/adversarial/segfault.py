"""Dereferences a null pointer through ctypes: a segmentation fault."""
# expect: crashed
import ctypes


def gradient_descent(x0, learning_rate, n_steps):
    return ctypes.string_at(0)
