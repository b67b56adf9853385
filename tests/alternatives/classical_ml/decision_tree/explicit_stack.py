"""No recursion: an explicit stack of (node dict, rows, depth); Gini from Python count dictionaries."""
import numpy as np


def _gini(labels):
    counts = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    return 1.0 - sum((c / len(labels)) ** 2 for c in counts.values())


def _majority(labels):
    counts = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


def fit_tree(X, y, *, max_depth=None, min_samples_split=2):
    n, d = X.shape
    if n == 0:
        raise ValueError("no rows")
    labels_all = [int(v) for v in y]
    root = {}
    stack = [(root, list(range(n)), 0)]
    while stack:
        node, rows, depth = stack.pop()
        labels = [labels_all[i] for i in rows]
        stop = len(set(labels)) == 1 or (max_depth is not None and depth >= max_depth) or len(rows) < min_samples_split
        best = None
        if not stop:
            parent = _gini(labels)
            for j in range(d):
                values = sorted(set(float(X[i, j]) for i in rows))
                for a, b in zip(values, values[1:]):
                    t = (a + b) / 2
                    left = [labels_all[i] for i in rows if X[i, j] <= t]
                    right = [labels_all[i] for i in rows if X[i, j] > t]
                    dec = parent - len(left) / len(rows) * _gini(left) - len(right) / len(rows) * _gini(right)
                    if best is None or dec > best[0]:
                        best = (dec, j, t)
        if best is None:
            node["label"] = _majority(labels)
            continue
        _, j, t = best
        node.update(feature=j, threshold=t, left={}, right={})
        stack.append((node["right"], [i for i in rows if X[i, j] > t], depth + 1))
        stack.append((node["left"], [i for i in rows if X[i, j] <= t], depth + 1))
    return root


def predict_tree(tree, X):
    result = []
    for row in X:
        node = tree
        while "feature" in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        result.append(node["label"])
    return np.array(result, dtype=np.int64).reshape(len(X))
