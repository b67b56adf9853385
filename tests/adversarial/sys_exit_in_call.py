"""Calls sys.exit(0) from the function."""
# expect: failed
import sys


def gradient_descent(x0, learning_rate, n_steps):
    sys.exit(0)
