"""Leaves a folder tree 3000 deep in its private directory, a few MB at the bottom, then answers
correctly (the grader's cleanup of the private directory once failed on such a depth, deeper
than a path may be long)."""
# expect: passed
import os

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    if not os.path.exists("d"):
        fd = os.open(".", os.O_RDONLY)
        for _ in range(3000):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        out = os.open("bottom", os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=fd)
        os.write(out, b"\0" * 4_000_000)
        os.close(out)
        os.close(fd)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1, dtype=float)
