"""Sort once and move rows from right to left one distinct value at a time, updating class counts in dicts."""
import math


def _impurity(counts, total, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / total) ** 2 for c in counts.values() if c)
    return -sum(c / total * math.log(c / total, 2) for c in counts.values() if c)


def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"):
        raise ValueError(criterion)
    pairs = sorted(zip((float(v) for v in x), (int(v) for v in y)))
    n = len(pairs)
    if n == 0:
        raise ValueError("empty")
    right = {}
    for _, label in pairs:
        right[label] = right.get(label, 0) + 1
    parent = _impurity(right, n, criterion)
    left = {}
    best = (None, 0.0)
    i = 0
    while i < n:
        value = pairs[i][0]
        while i < n and pairs[i][0] == value:       # move every row with this value to the left
            label = pairs[i][1]
            left[label] = left.get(label, 0) + 1
            right[label] -= 1
            i += 1
        if i == n:
            break
        n_left = i
        decrease = parent - (n_left / n) * _impurity(left, n_left, criterion) \
            - ((n - n_left) / n) * _impurity(right, n - n_left, criterion)
        threshold = (value + pairs[i][0]) / 2
        if best[0] is None or decrease > best[1]:
            best = (threshold, decrease)
    return best
