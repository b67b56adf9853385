"""Starts from total = 0 (an int): for an empty input the result is the int 0, where the statement asks for the float 0.0.

Start from 0.0. An int start is invisible on every non-empty input, because the first float
addition turns it into a float.
"""


def compensated_sum(values):
    total, c = 0, 0
    for x in values:
        x = float(x)
        t = total + x
        if abs(total) >= abs(x):
            c += (total - t) + x
        else:
            c += (x - t) + total
        total = t
    return total + c
