"""Empties the audit hook's table of process events (a module global it can reach), then forks a
daemon in its own session that would outlive the grade and write into the tree afterwards."""
# expect: forbidden
import os
import sys

import numpy as np

sys.modules["gra" + "der.sandbox.guard"]._PROCESS_EVENTS.clear()


def gradient_descent(x0, learning_rate, n_steps):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            import time
            time.sleep(2)
            open("/tmp/katagrad-pwned", "w").write("the daemon outlived the grade\n")
        os._exit(0)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
