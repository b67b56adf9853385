"""Swaps the two branches: when |total| ≥ |x| it computes (x − t) + total, which is not the rounding error of the addition.

(big − t) + small is exact only when big is the operand of larger magnitude. Put total first
when |total| ≥ |x|, and x first otherwise.
"""


def compensated_sum(values):
    total, c = 0.0, 0.0
    for x in values:
        x = float(x)
        t = total + x
        if abs(total) >= abs(x):
            c += (x - t) + total
        else:
            c += (total - t) + x
        total = t
    return total + c
