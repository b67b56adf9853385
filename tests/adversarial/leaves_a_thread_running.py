"""Starts a non-daemon thread that never ends, and returns the right answer: still a pass."""
# expect: passed
import threading
import time

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    threading.Thread(target=time.sleep, args=(3600,), daemon=False).start()
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
