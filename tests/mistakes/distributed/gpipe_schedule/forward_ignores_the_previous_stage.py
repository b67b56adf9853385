"""Runs F(i) on every stage at t = i, at the same time as stage 0: a stage cannot start a micro-batch before the stage before it has finished it.

F(i) reaches stage s at t = s + i, one step per stage.
"""


def gpipe_schedule(p, m):
    for value in (p, m):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("p and m must be positive ints")
    steps = 2 * (m + p - 1)
    timetable = [[""] * steps for _ in range(p)]
    for s in range(p):
        for i in range(m):
            timetable[s][i] = f"F{i}"
            timetable[s][(m + p - 1) + (p - 1 - s) + (m - 1 - i)] = f"B{i}"
    return timetable, (p - 1) / (m + p - 1)
