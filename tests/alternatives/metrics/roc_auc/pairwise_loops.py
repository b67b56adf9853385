"""Plain double loop over (positive, negative) pairs."""


def roc_auc(y_true, y_score):
    y_true, y_score = list(y_true), list(y_score)
    if len(y_true) != len(y_score):
        raise ValueError("lengths differ")
    pos = [s for y, s in zip(y_true, y_score) if y == 1]
    neg = [s for y, s in zip(y_true, y_score) if y == 0]
    if len(pos) + len(neg) != len(y_true):
        raise ValueError("labels must be 0 or 1")
    if not pos or not neg:
        raise ValueError("need both classes")
    total = 0.0
    for p in pos:
        for q in neg:
            total += 1.0 if p > q else 0.5 if p == q else 0.0
    return total / (len(pos) * len(neg))
