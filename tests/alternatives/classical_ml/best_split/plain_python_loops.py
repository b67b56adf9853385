"""Plain Python: dictionaries of counts and an explicit loop over the sorted distinct values."""
import math


def _impurity(labels, criterion):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    total = len(labels)
    if criterion == "gini":
        return 1.0 - sum((c / total) ** 2 for c in counts.values())
    return -sum(c / total * math.log2(c / total) for c in counts.values())


def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"):
        raise ValueError("criterion must be gini or entropy")
    xs, ys = [float(v) for v in x], [int(v) for v in y]
    if not xs:
        raise ValueError("no samples")
    values = sorted(set(xs))
    parent = _impurity(ys, criterion)
    best = (None, 0.0)
    for low, high in zip(values, values[1:]):
        t = (low + high) / 2
        left = [label for v, label in zip(xs, ys) if v <= t]
        right = [label for v, label in zip(xs, ys) if v > t]
        gain = parent - (len(left) * _impurity(left, criterion) + len(right) * _impurity(right, criterion)) / len(ys)
        if best[0] is None or gain > best[1]:
            best = (t, gain)
    return best
