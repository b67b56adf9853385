"""Closes every inherited file descriptor (the grader's channel among them), then keeps running."""
# expect: forbidden
import os


def gradient_descent(x0, learning_rate, n_steps):
    os.closerange(3, 4096)
    while True:
        pass
