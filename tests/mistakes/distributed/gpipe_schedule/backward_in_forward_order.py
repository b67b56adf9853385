"""Runs the backward micro-batches in forward order, B0 first: GPipe's backward starts with the LAST micro-batch.

The last stage has just finished F(m − 1); its backward B(m − 1) can start at once, then B(m − 2), ..., B0.
"""


def gpipe_schedule(p, m):
    for value in (p, m):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("p and m must be positive ints")
    steps = 2 * (m + p - 1)
    timetable = [[""] * steps for _ in range(p)]
    for s in range(p):
        for i in range(m):
            timetable[s][s + i] = f"F{i}"
            timetable[s][(m + p - 1) + (p - 1 - s) + i] = f"B{i}"
    return timetable, (p - 1) / (m + p - 1)
