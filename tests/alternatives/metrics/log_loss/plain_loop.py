"""A loop with math.log, clipping with min/max."""
import math
import sys


def log_loss(y_true, probs):
    labels = [int(v) for v in y_true]
    rows = [list(map(float, r)) if getattr(r, "ndim", 0) == 1 else float(r) for r in probs]
    if not labels or len(labels) != len(rows) or getattr(probs, "ndim", 1) not in (1, 2):
        raise ValueError("bad input")
    eps = sys.float_info.epsilon
    total = 0.0
    for label, row in zip(labels, rows):
        values = row if isinstance(row, list) else [row]
        if any(v < 0 or v > 1 for v in values):
            raise ValueError("not a probability")
        if isinstance(row, list):
            if not 0 <= label < len(row):
                raise ValueError("bad label")
            q = row[label]
        else:
            if label not in (0, 1):
                raise ValueError("bad label")
            q = row if label == 1 else 1.0 - row
        total -= math.log(min(max(q, eps), 1.0 - eps))
    return total / len(labels)
