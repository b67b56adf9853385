"""The alignment is returned in backtracking order, from the end.

Backtracking visits the cells from (m, n) back to (0, 0); the statement lists the operations from
the start of both sequences. Reverse the list before returning it.
"""


def edit_alignment(source, target):
    m, n = len(source), len(target)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        table[i][0] = i
    for j in range(n + 1):
        table[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            diagonal = table[i - 1][j - 1] + (0 if source[i - 1] == target[j - 1] else 1)
            table[i][j] = min(diagonal, table[i - 1][j] + 1, table[i][j - 1] + 1)

    # walk back from the end; the order of the checks is the tie rule
    alignment = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            same = source[i - 1] == target[j - 1]
            if table[i][j] == table[i - 1][j - 1] + (0 if same else 1):
                alignment.append(("match" if same else "sub", i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if i > 0 and table[i][j] == table[i - 1][j] + 1:
            alignment.append(("del", i - 1, None))
            i -= 1
        else:
            alignment.append(("ins", None, j - 1))
            j -= 1
    return table[m][n], alignment
