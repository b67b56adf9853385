"""Pins the grader, then every process it can name, to one CPU."""
# expect: forbidden
import os


def gradient_descent(x0, learning_rate, n_steps):
    os.sched_setaffinity(os.getppid(), {0})
    for pid in range(1, 1 << 16):
        try:
            os.sched_setaffinity(pid, {0})
        except OSError:
            pass
    return None
