"""A loop over test points with a plain dict of vote counts; sorted() on (distance, index) pairs."""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    n = len(X_train)
    if k < 1 or k > n:
        raise ValueError(f"k={k} must be in 1..{n}")
    X_train = np.asarray(X_train, dtype=float)
    labels = [int(v) for v in y_train]
    out = []
    for x in np.asarray(X_test, dtype=float):
        dist = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        order = sorted(range(n), key=lambda j: (dist[j], j))[:k]
        votes = {}
        for j in order:
            votes[labels[j]] = votes.get(labels[j], 0) + 1
        best = max(votes.values())
        out.append(min(label for label, count in votes.items() if count == best))
    return np.array(out, dtype=np.int64).reshape(len(out))
