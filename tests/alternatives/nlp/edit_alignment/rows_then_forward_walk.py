"""Rows of the table as plain lists, the alignment built by prepending (no reverse at the end)."""


def edit_alignment(source, target):
    m, n = len(source), len(target)
    previous = list(range(n + 1))
    rows = [previous]
    for i in range(1, m + 1):
        row = [i] + [0] * n
        for j in range(1, n + 1):
            row[j] = min(previous[j - 1] + (source[i - 1] != target[j - 1]), previous[j] + 1, row[j - 1] + 1)
        rows.append(row)
        previous = row
    alignment = []
    i, j = m, n
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + (source[i - 1] != target[j - 1]):
            alignment.insert(0, ("match" if source[i - 1] == target[j - 1] else "sub", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            alignment.insert(0, ("del", i - 1, None))
            i -= 1
        else:
            alignment.insert(0, ("ins", None, j - 1))
            j -= 1
    return rows[m][n], alignment
