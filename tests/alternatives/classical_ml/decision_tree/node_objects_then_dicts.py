"""Grow a tree of small Node objects, then convert it to the plain nested dicts the statement asks for."""
import numpy as np


class Node:
    def __init__(self, label=None, feature=None, threshold=None, left=None, right=None):
        self.label, self.feature, self.threshold, self.left, self.right = label, feature, threshold, left, right

    def to_dict(self):
        if self.left is None:
            return {"label": int(self.label)}
        return {"feature": int(self.feature), "threshold": float(self.threshold),
                "left": self.left.to_dict(), "right": self.right.to_dict()}


def _gini(y):
    if len(y) == 0:
        return 0.0
    _, c = np.unique(y, return_counts=True)
    return 1 - ((c / len(y)) ** 2).sum()


def _grow(X, y, depth, max_depth, min_samples_split):
    values, counts = np.unique(y, return_counts=True)
    majority = values[counts == counts.max()].min()
    if len(values) == 1 or (max_depth is not None and depth >= max_depth) or len(y) < min_samples_split:
        return Node(label=majority)
    candidates = []
    for j in range(X.shape[1]):
        u = np.unique(X[:, j])
        for t in (u[:-1] + u[1:]) / 2:
            mask = X[:, j] <= t
            w = mask.mean()
            candidates.append((-(_gini(y) - w * _gini(y[mask]) - (1 - w) * _gini(y[~mask])), j, t))
    if not candidates:
        return Node(label=majority)
    best = min(candidates, key=lambda c: c[0])       # min keeps the first of equal keys: smallest j, then t
    _, j, t = best
    mask = X[:, j] <= t
    return Node(feature=j, threshold=t,
                left=_grow(X[mask], y[mask], depth + 1, max_depth, min_samples_split),
                right=_grow(X[~mask], y[~mask], depth + 1, max_depth, min_samples_split))


def fit_tree(X, y, *, max_depth=None, min_samples_split=2):
    if len(y) == 0:
        raise ValueError("empty")
    return _grow(X, y, 0, max_depth, min_samples_split).to_dict()


def predict_tree(tree, X):
    def one(node, row):
        while "label" not in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        return node["label"]
    return np.fromiter((one(tree, row) for row in X), dtype=np.int64, count=len(X))
