"""The table as a numpy array, the backtrack as a list of candidate moves tried in order."""
import numpy as np


def edit_alignment(source, target):
    m, n = len(source), len(target)
    table = np.zeros((m + 1, n + 1), dtype=np.int64)
    table[:, 0] = np.arange(m + 1)
    table[0, :] = np.arange(n + 1)
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = int(source[i - 1] != target[j - 1])
            table[i, j] = min(table[i - 1, j - 1] + cost, table[i - 1, j] + 1, table[i, j - 1] + 1)
    steps = []
    i, j = m, n
    while (i, j) != (0, 0):
        moves = []
        if i and j:
            cost = int(source[i - 1] != target[j - 1])
            moves.append((table[i - 1, j - 1] + cost, ("sub" if cost else "match", i - 1, j - 1), (i - 1, j - 1)))
        if i:
            moves.append((table[i - 1, j] + 1, ("del", i - 1, None), (i - 1, j)))
        if j:
            moves.append((table[i, j - 1] + 1, ("ins", None, j - 1), (i, j - 1)))
        for reached, step, cell in moves:
            if reached == table[i, j]:
                steps.append(step)
                i, j = cell
                break
    return int(table[m, n]), steps[::-1]
