"""The LCS with two rows of the table, F_β from the counts directly: (1 + β²)·L / (n + β²·m)."""


def rouge_l(candidate, reference, beta=1.0):
    if beta < 0:
        raise ValueError("beta < 0")
    previous = [0] * (len(reference) + 1)
    for token in candidate:
        current = [0]
        for j, other in enumerate(reference, start=1):
            current.append(previous[j - 1] + 1 if token == other else max(previous[j], current[j - 1]))
        previous = current
    length = previous[-1]
    if length == 0:
        return 0.0, 0.0, 0.0
    m, n = len(candidate), len(reference)
    # P = L/m and R = L/n turn (1+β²)·P·R / (R + β²·P) into (1+β²)·L / (m + β²·n)
    f_measure = (1 + beta * beta) * length / (m + beta * beta * n)
    return length / m, length / n, f_measure
