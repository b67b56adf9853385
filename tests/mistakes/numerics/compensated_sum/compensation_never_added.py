"""Tracks the compensation but returns total without adding it back: the result is just the plain sum.

The compensation holds the bits every addition dropped. Return total + c.
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
    return total
