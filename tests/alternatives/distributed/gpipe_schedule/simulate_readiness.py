"""Simulates the pipeline step by step: a stage runs the next task whose input is ready (forwards in order, then backwards in reverse order)."""


def gpipe_schedule(p, m):
    if type(p) is not int or type(m) is not int or p < 1 or m < 1:
        raise ValueError("p and m must be positive ints")
    done = {}                                    # (stage, task) -> time it ran
    queues = [[("F", i) for i in range(m)] + [("B", i) for i in reversed(range(m))] for _ in range(p)]
    rows = [[] for _ in range(p)]
    t = 0
    while any(queues):
        for s in range(p):
            if not queues[s]:
                rows[s].append("")
                continue
            kind, i = queues[s][0]
            if kind == "F":
                ready = s == 0 or done.get((s - 1, "F", i), t) < t
            else:
                ready = (s == p - 1 and (s, "F", m - 1) in done and done[(s, "F", m - 1)] < t) or \
                        (s < p - 1 and done.get((s + 1, "B", i), t) < t)
                ready = ready and all((s, "F", j) in done for j in range(m))
            if ready:
                queues[s].pop(0)
                done[(s, kind, i)] = t
                rows[s].append(f"{kind}{i}")
            else:
                rows[s].append("")
        t += 1
    steps = 2 * (m + p - 1)
    rows = [row + [""] * (steps - len(row)) for row in rows]
    busy = sum(cell != "" for cell in rows[0])
    return rows, 1 - busy / steps
