"""Recursive trees with Gini from collections.Counter and votes counted with a dict."""
from collections import Counter

import numpy as np


def _most_common(values):
    counts = Counter(int(v) for v in values)
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


def _gini(labels):
    counts = Counter(labels.tolist())
    total = len(labels)
    return 1.0 - sum((c / total) ** 2 for c in counts.values())


def random_forest(X_train, y_train, X_test, *, n_trees, max_depth, max_features, seed):
    X = np.asarray(X_train, dtype=np.float64)
    y = np.asarray(y_train)
    Z = np.asarray(X_test, dtype=np.float64)
    if X.ndim != 2 or len(X) < 1 or y.shape != (len(X),) or Z.ndim != 2 or Z.shape[1] != X.shape[1]:
        raise ValueError("bad shapes")
    n, d = X.shape
    if n_trees < 1 or max_depth < 0 or max_features < 1 or max_features > d:
        raise ValueError("bad parameters")
    rng = np.random.default_rng(seed)

    def grow(rows, depth):
        labels = y[rows]
        if len(set(labels.tolist())) == 1 or depth == max_depth:
            return _most_common(labels)
        features = rng.choice(d, size=max_features, replace=False)
        g, found = _gini(labels), []
        for f in features:
            column = X[rows, f]
            distinct = sorted(set(column.tolist()))
            for a, b in zip(distinct, distinct[1:]):
                t = (a + b) / 2
                mask = column <= t
                k = mask.sum()
                gain = g - k / len(rows) * _gini(labels[mask]) - (len(rows) - k) / len(rows) * _gini(labels[~mask])
                found.append((gain, int(f), t))
        if not found:
            return _most_common(labels)
        top = max(c[0] for c in found)
        _, f, t = next(c for c in found if c[0] >= top - 1e-12)
        mask = X[rows, f] <= t
        left = grow(rows[mask], depth + 1)
        right = grow(rows[~mask], depth + 1)
        return (f, t, left, right)

    def walk(node, z):
        while isinstance(node, tuple):
            f, t, left, right = node
            node = left if z[f] <= t else right
        return node

    votes = np.zeros((n_trees, len(Z)), dtype=np.int64)
    for k in range(n_trees):
        tree = grow(rng.integers(0, n, size=n), 0)
        votes[k] = [walk(tree, z) for z in Z]
    return np.array([_most_common(votes[:, i]) for i in range(len(Z))], dtype=np.int64), votes
