"""The GPipe pipeline schedule: which micro-batch each stage runs at each time step, and the bubble.

Task
    A model is cut into p stages on p devices; a batch is cut into m micro-batches. GPipe runs
    every forward first, then every backward, and each stage waits for the stage before it
    (forward) or after it (backward). With every forward and every backward taking ONE time
    step on every stage, build the timetable and the bubble fraction (the share of time a
    stage sits idle).

    Time steps t = 0, 1, ..., 2(m + p − 1) − 1. Stage s (0 = first) and micro-batch i (0 = first):
      - forward  F_i on stage s at t = s + i
      - backward B_i on stage s at t = (m + p − 1) + (p − 1 − s) + (m − 1 − i)
    so the backward pass starts when the last stage has finished its last forward, runs from
    the last stage to the first, and takes the micro-batches in REVERSE order (B_{m−1} first,
    the one whose forward just finished on the last stage), as in the GPipe paper's figure.

    Every stage is busy 2m of the 2(m + p − 1) steps, so

        bubble = (p − 1) / (m + p − 1)

Signature
    gpipe_schedule(p, m) -> (timetable, bubble)

Shapes and types
    p, m        positive ints: stages and micro-batches
    timetable   a NEW list of p lists (one per stage), each of 2(m + p − 1) strings:
                timetable[s][t] is "F3" (forward of micro-batch 3), "B0" (backward of
                micro-batch 0), or "" (idle)
    bubble      a float, (p − 1) / (m + p − 1)

Example
    >>> timetable, bubble = gpipe_schedule(2, 2)
    >>> timetable
    [['F0', 'F1', '', '', 'B1', 'B0'], ['', 'F0', 'F1', 'B1', 'B0', '']]
    >>> bubble
    0.3333333333333333

Constraints
    Plain Python. Raise ValueError when p or m is not a positive int (bool is not an int
    here). p = 1 has no bubble; m = 1 gives (p − 1)/p. The hidden tests use p ≤ 8, m ≤ 16.

    Coming from the literature: (p − 1)/m is the bubble relative to the busy time (the GPipe
    paper's O((p − 1)/m)); here it is the idle share of the TOTAL time, (p − 1)/(m + p − 1).

Time budget: 20 minutes.
"""


def gpipe_schedule(p, m):
    # BEGIN SOLUTION
    # Complexity: O(p·(m + p)) time and memory for the timetable.
    for value in (p, m):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("p and m must be positive ints")
    steps = 2 * (m + p - 1)
    timetable = [[""] * steps for _ in range(p)]
    for s in range(p):
        for i in range(m):
            timetable[s][s + i] = f"F{i}"                                 # waits for stage s − 1
            timetable[s][(m + p - 1) + (p - 1 - s) + (m - 1 - i)] = f"B{i}"   # waits for stage s + 1
    return timetable, (p - 1) / (m + p - 1)
    # END SOLUTION
