"""Trees grown with an explicit stack in pre-order (right child pushed first, so the left one is grown first), stored as arrays."""
import numpy as np


def _majority(values):
    labels, counts = np.unique(values, return_counts=True)
    return int(labels[counts == counts.max()][0])


def random_forest(X_train, y_train, X_test, *, n_trees, max_depth, max_features, seed):
    X = np.asarray(X_train, dtype=np.float64)
    y = np.asarray(y_train)
    Z = np.asarray(X_test, dtype=np.float64)
    if X.ndim != 2 or len(X) < 1 or y.shape != (len(X),):
        raise ValueError("bad training data")
    n, d = X.shape
    if Z.ndim != 2 or Z.shape[1] != d:
        raise ValueError("bad X_test")
    if n_trees < 1 or max_depth < 0 or not (1 <= max_features <= d):
        raise ValueError("bad parameters")
    rng = np.random.default_rng(seed)

    def gini(labels):
        _, c = np.unique(labels, return_counts=True)
        return 1.0 - ((c / len(labels)) ** 2).sum()

    votes = np.zeros((n_trees, len(Z)), dtype=np.int64)
    for k in range(n_trees):
        nodes = []                               # [feature, threshold, left, right, label]
        stack = [(rng.integers(0, n, size=n), 0, None, None)]
        while stack:
            rows, depth, parent, side = stack.pop()
            index = len(nodes)
            nodes.append([None, None, None, None, None])
            if parent is not None:
                nodes[parent][2 if side == "left" else 3] = index
            labels = y[rows]
            split = None
            if len(set(labels.tolist())) > 1 and depth < max_depth:
                g, found = gini(labels), []
                for f in rng.choice(d, size=max_features, replace=False):
                    v = np.unique(X[rows, f])
                    for t in (v[1:] + v[:-1]) / 2:
                        m = X[rows, f] <= t
                        found.append((g - m.mean() * gini(labels[m]) - (1 - m.mean()) * gini(labels[~m]), int(f), float(t)))
                if found:
                    top = max(c[0] for c in found)
                    split = next(c for c in found if c[0] >= top - 1e-12)
            if split is None:
                nodes[index][4] = _majority(labels)
                continue
            _, f, t = split
            nodes[index][0], nodes[index][1] = f, t
            m = X[rows, f] <= t
            stack.append((rows[~m], depth + 1, index, "right"))
            stack.append((rows[m], depth + 1, index, "left"))
        for i, z in enumerate(Z):
            node = nodes[0]
            while node[4] is None:
                node = nodes[node[2]] if z[node[0]] <= node[1] else nodes[node[3]]
            votes[k, i] = node[4]
    predictions = np.array([_majority(votes[:, i]) for i in range(len(Z))], dtype=np.int64)
    return predictions, votes
