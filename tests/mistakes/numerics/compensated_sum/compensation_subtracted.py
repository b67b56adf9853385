"""Subtracts the compensation at the end (total − c) instead of adding it: the correction goes the wrong way.

c is the part of the true sum that total is missing, so the answer is total + c.
"""


def compensated_sum(values):
    total, c = 0.0, 0.0
    for x in values:
        x = float(x)
        t = total + x
        if abs(total) >= abs(x):
            c += (total - t) + x
        else:
            c += (x - t) + total
        total = t
    return total - c
