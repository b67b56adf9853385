"""Sends SIGKILL to its parent, the grader."""
# expect: forbidden
import os
import signal


def gradient_descent(x0, learning_rate, n_steps):
    os.kill(os.getppid(), signal.SIGKILL)
