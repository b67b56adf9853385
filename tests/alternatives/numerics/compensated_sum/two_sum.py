"""Knuth's branch-free TwoSum gives the same exact rounding error without comparing magnitudes."""


def compensated_sum(values):
    total = 0.0
    error = 0.0
    for x in map(float, values):
        t = total + x
        x_part = t - total
        error += (total - (t - x_part)) + (x - x_part)
        total = t
    return total + error
