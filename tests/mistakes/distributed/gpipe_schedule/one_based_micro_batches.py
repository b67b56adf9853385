"""Numbers the micro-batches from 1 (F1 ... Fm): the statement numbers them from 0.

Micro-batch i is labelled F and B followed by i, with i = 0, ..., m − 1.
"""


def gpipe_schedule(p, m):
    for value in (p, m):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("p and m must be positive ints")
    steps = 2 * (m + p - 1)
    timetable = [[""] * steps for _ in range(p)]
    for s in range(p):
        for i in range(m):
            timetable[s][s + i] = f"F{i + 1}"
            timetable[s][(m + p - 1) + (p - 1 - s) + (m - 1 - i)] = f"B{i + 1}"
    return timetable, (p - 1) / (m + p - 1)
