"""Sets the grader's own resource limits with prlimit (no descriptors, no CPU), from inside."""
# expect: forbidden
import os
import resource

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE, (3, 3))
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
