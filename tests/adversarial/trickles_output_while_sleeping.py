"""Prints a byte every 0.9 s while it sleeps: output is not progress, the wall-clock backstop
still ends it at twice the budget plus 2 s."""
# expect: timeout
# limit: wall
import sys
import time


def gradient_descent(x0, learning_rate, n_steps):
    while True:
        sys.stdout.write(".")
        sys.stdout.flush()
        time.sleep(0.9)
