"""merge adds m2_a + m2_b and forgets the delta² · n_a · n_b / n term: the spread BETWEEN the two chunk means is lost.

Each chunk's m2 measures deviations from its own mean. Around the merged mean every point of a
also moves by the difference of the means, which adds delta² · n_a · n_b / n.
"""
def welford(values):
    count, mean, m2 = 0, 0.0, 0.0
    for x in values:
        count += 1
        delta = float(x) - mean
        mean += delta / count
        m2 += delta * (float(x) - mean)
    return count, mean, m2


def merge(a, b):
    n = a[0] + b[0]
    if n == 0:
        return 0, 0.0, 0.0
    delta = b[1] - a[1]
    return n, a[1] + delta * b[0] / n, a[2] + b[2]


def variance(state, *, ddof=0):
    if state[0] - ddof <= 0:
        raise ValueError("not enough values")
    return state[2] / (state[0] - ddof)

