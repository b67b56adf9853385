"""Stops the grader with SIGSTOP after emptying the hook's table of process events."""
# expect: forbidden
import os
import signal
import sys

import numpy as np

sys.modules["gra" + "der.sandbox.guard"]._PROCESS_EVENTS.clear()


def gradient_descent(x0, learning_rate, n_steps):
    os.kill(os.getppid(), signal.SIGSTOP)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
