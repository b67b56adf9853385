"""Sort each feature once per node and scan cumulative class counts; predict routes index sets down the tree."""
import numpy as np


def fit_tree(X, y, *, max_depth=None, min_samples_split=2):
    if X.shape[0] == 0:
        raise ValueError("empty")
    classes, codes = np.unique(y, return_inverse=True)
    K = len(classes)

    def gini_of_counts(counts):
        total = counts.sum(axis=-1)
        return 1.0 - np.sum(counts ** 2, axis=-1) / total ** 2

    def node(idx, depth):
        counts = np.bincount(codes[idx], minlength=K)
        label = int(classes[np.argmax(counts)])
        if (counts > 0).sum() == 1 or (max_depth is not None and depth >= max_depth) or len(idx) < min_samples_split:
            return {"label": label}
        n = len(idx)
        parent = gini_of_counts(counts.astype(float))
        best = None                          # (decrease, feature, threshold)
        for j in range(X.shape[1]):
            order = idx[np.argsort(X[idx, j], kind="stable")]
            xs = X[order, j]
            onehot = np.eye(K)[codes[order]]
            left = np.cumsum(onehot, axis=0)[:-1]
            right = counts - left
            cut = np.flatnonzero(xs[1:] > xs[:-1])
            if cut.size == 0:
                continue
            nl = left[cut].sum(axis=1)
            dec = parent - (nl * gini_of_counts(left[cut]) + (n - nl) * gini_of_counts(right[cut])) / n
            i = int(np.argmax(dec))
            if best is None or dec[i] > best[0]:
                best = (dec[i], j, float((xs[cut[i]] + xs[cut[i] + 1]) / 2))
        if best is None:
            return {"label": label}
        _, j, t = best
        mask = X[idx, j] <= t
        return {"feature": j, "threshold": t, "left": node(idx[mask], depth + 1), "right": node(idx[~mask], depth + 1)}

    return node(np.arange(X.shape[0]), 0)


def predict_tree(tree, X):
    out = np.zeros(X.shape[0], dtype=np.int64)

    def route(node, idx):
        if "label" in node:
            out[idx] = node["label"]
            return
        mask = X[idx, node["feature"]] <= node["threshold"]
        route(node["left"], idx[mask])
        route(node["right"], idx[~mask])

    route(tree, np.arange(X.shape[0]))
    return out
