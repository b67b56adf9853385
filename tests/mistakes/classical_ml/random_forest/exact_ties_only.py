"""Split ties decided by exact equality of the Gini decreases, not "within 1e-12 of the largest".

Decreases equal on paper (the same fractions computed in another order) can differ in the last
bit; count every candidate within 1e-12 of the largest as tied, then take the earliest in the
search order (the earlier drawn feature, then the smaller threshold).
"""
import numpy as np


def _gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return 1.0 - (p ** 2).sum()


def _majority(labels):
    values, counts = np.unique(labels, return_counts=True)
    return int(values[np.argmax(counts)])          # np.unique sorts: argmax takes the smallest on a tie


def random_forest(X_train, y_train, X_test, *, n_trees, max_depth, max_features, seed):
    X = np.asarray(X_train, dtype=np.float64)
    y = np.asarray(y_train)
    Z = np.asarray(X_test, dtype=np.float64)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[0] < 1:
        raise ValueError("X_train must be (n, d) with n ≥ 1 and y_train (n,)")
    n, d = X.shape
    if Z.ndim != 2 or Z.shape[1] != d:
        raise ValueError(f"X_test must have {d} columns")
    if n_trees < 1 or max_depth < 0 or not 1 <= max_features <= d:
        raise ValueError("need n_trees ≥ 1, max_depth ≥ 0 and 1 ≤ max_features ≤ d")
    rng = np.random.default_rng(seed)

    def grow(rows, depth):
        labels = y[rows]
        if len(np.unique(labels)) == 1 or depth == max_depth:
            return {"label": _majority(labels)}
        features = rng.choice(d, size=max_features, replace=False)
        parent, candidates = _gini(labels), []
        for f in features:
            values = np.unique(X[rows, f])
            for t in (values[:-1] + values[1:]) / 2:
                left = X[rows, f] <= t
                share = left.mean()
                decrease = parent - share * _gini(labels[left]) - (1 - share) * _gini(labels[~left])
                candidates.append((decrease, int(f), float(t)))
        if not candidates:
            return {"label": _majority(labels)}
        largest = max(c[0] for c in candidates)
        _, f, t = next(c for c in candidates if c[0] == largest)   # exact equality only
        left = X[rows, f] <= t
        # left before right: the draws inside the left subtree come first
        left_tree = grow(rows[left], depth + 1)
        right_tree = grow(rows[~left], depth + 1)
        return {"feature": f, "threshold": t, "left": left_tree, "right": right_tree}

    def predict(tree, x):
        while "label" not in tree:
            tree = tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"]
        return tree["label"]

    votes = np.empty((n_trees, Z.shape[0]), dtype=np.int64)
    for t in range(n_trees):
        tree = grow(rng.integers(0, n, size=n), 0)
        votes[t] = [predict(tree, x) for x in Z]
    predictions = np.array([_majority(votes[:, i]) for i in range(Z.shape[0])], dtype=np.int64)
    return predictions, votes
