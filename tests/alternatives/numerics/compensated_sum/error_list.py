"""Collect each addition's rounding error in a list and add them all at the end."""


def compensated_sum(values):
    total = 0.0
    errors = []
    for value in values:
        value = float(value)
        new = total + value
        errors.append((total - new) + value if abs(total) >= abs(value) else (value - new) + total)
        total = new
    correction = 0.0
    for e in errors:
        correction += e
    return total + correction
