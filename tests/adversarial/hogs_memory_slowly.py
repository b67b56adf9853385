"""Grows a list of 1 MB arrays without end: page by page, not one huge allocation.

Filling 1 GiB page by page costs about 0.5 s of CPU on a quiet machine and three times that
with two busy loops beside it: it gets a kata and a CPU budget of its own (6 s), so that what
ends it is the memory limit, as it must be, and not the clock."""
# expect: crashed
# kata: optimization/momentum
# time_limit: 6
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    hoard = []
    while True:
        hoard.append(np.ones(1 << 17))
