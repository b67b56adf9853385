"""Ends the process with os._exit(0), which an in-process runner reports as success."""
# expect: crashed
import os


def gradient_descent(x0, learning_rate, n_steps):
    os._exit(0)
