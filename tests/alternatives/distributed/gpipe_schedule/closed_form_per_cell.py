"""Fills each cell from the inverse formulas: at (s, t), forward micro-batch t − s, or backward from the offset after the forward phase."""


def gpipe_schedule(p, m):
    if isinstance(p, bool) or isinstance(m, bool) or not (isinstance(p, int) and isinstance(m, int)):
        raise ValueError("ints expected")
    if p <= 0 or m <= 0:
        raise ValueError("positive ints expected")
    forward_phase = m + p - 1
    table = []
    for s in range(p):
        row = []
        for t in range(2 * forward_phase):
            if t < forward_phase:
                i = t - s
                row.append(f"F{i}" if 0 <= i < m else "")
            else:
                i = m - 1 - (t - forward_phase - (p - 1 - s))
                row.append(f"B{i}" if 0 <= i < m else "")
        table.append(row)
    return table, float(p - 1) / float(forward_phase)
