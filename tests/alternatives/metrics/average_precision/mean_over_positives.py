"""The mean, over positives, of the precision among samples scoring at least as high: plain loops."""


def average_precision(y_true, y_score):
    y_true, y_score = list(y_true), [float(s) for s in y_score]
    if not y_true or len(y_true) != len(y_score) or any(v not in (0, 1) for v in y_true):
        raise ValueError("bad input")
    positives = [s for y, s in zip(y_true, y_score) if y == 1]
    if not positives:
        return 0.0
    total = 0.0
    for s in positives:
        at_least = [y for y, other in zip(y_true, y_score) if other >= s]
        total += sum(at_least) / len(at_least)
    return total / len(positives)
