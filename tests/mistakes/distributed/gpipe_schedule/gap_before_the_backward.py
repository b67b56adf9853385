"""Waits one more step before the backward: the last stage can start B(m − 1) right after its F(m − 1).

The timetable has 2(m + p − 1) steps, with no gap between the last forward and the first backward on
the last stage.
"""


def gpipe_schedule(p, m):
    for value in (p, m):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("p and m must be positive ints")
    steps = 2 * (m + p - 1) + 1
    timetable = [[""] * steps for _ in range(p)]
    for s in range(p):
        for i in range(m):
            timetable[s][s + i] = f"F{i}"
            timetable[s][(m + p) + (p - 1 - s) + (m - 1 - i)] = f"B{i}"
    return timetable, (2 * p - 1) / (2 * (m + p - 1) + 1)
