"""Starts the backward pass on the FIRST stage: the backward flows from the last stage to the first.

B(i) on stage s needs the gradient from stage s + 1, so the last stage goes first: t = (m + p − 1) + (p − 1 − s) + (m − 1 − i).
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
            timetable[s][(m + p - 1) + s + (m - 1 - i)] = f"B{i}"
    return timetable, (p - 1) / (m + p - 1)
