"""Kahan's original algorithm (y = x − c; t = total + y; c = (t − total) − y): it loses the bits when a later value is larger than the total, so [1, 1e100, 1, −1e100] gives 0.0.

Kahan assumes the running total is the larger operand. Neumaier's version compares |total| and
|x| and takes the rounding error from whichever is smaller.
"""


def compensated_sum(values):
    total, c = 0.0, 0.0
    for x in values:
        y = float(x) - c
        t = total + y
        c = (t - total) - y
        total = t
    return total
