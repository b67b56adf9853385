"""Starts a shell through _posixsubprocess.fork_exec, a private primitive that raises no audit
event, so the hook never sees it: only the kernel can refuse."""
# expect: forbidden
import _posixsubprocess
import os

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    read_end, write_end = os.pipe()
    args = [b"/bin/sh", b"-c", b"echo pwned > /tmp/katagrad-pwned"]
    _posixsubprocess.fork_exec(args, [b"/bin/sh"], True, (), None, None, -1, -1, -1, -1, -1, -1,
                               read_end, write_end, True, False, -1, None, None, None, -1, None, False)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
