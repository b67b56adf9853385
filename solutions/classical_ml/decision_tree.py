"""A classification tree grown by the best Gini splits, as plain nested dicts.

Task
    fit_tree grows a binary tree on (X, y); predict_tree walks it for new rows.

    A node is a dict, one of two kinds:
        leaf      {"label": c}
        split     {"feature": j, "threshold": t, "left": node, "right": node}
    A row x goes LEFT when x[j] ≤ t, right otherwise.

    Growing a node from the training rows that reach it, at depth D (the root has D = 0):
      1. It is a LEAF if any of these holds:
           - all its labels are equal (pure);
           - max_depth is not None and D ≥ max_depth   (max_depth = 0: the root is a leaf;
             max_depth = 1: one split and two leaves);
           - it has fewer than min_samples_split rows   (exactly min_samples_split rows may split);
           - every feature is constant on its rows (no candidate threshold).
         A leaf's label is the most frequent label of its rows; a tie goes to the SMALLEST label.
      2. Otherwise it splits on the best (feature, threshold): for each feature, the candidate
         thresholds are the midpoints (v_i + v_{i+1}) / 2 of its consecutive distinct sorted
         values on these rows, and the score is the Gini impurity decrease
             G(y) − (n_left / n) · G(y_left) − (n_right / n) · G(y_right),  G = 1 − Σ_c p_c².
         The largest decrease wins; ties go to the smallest feature index, then the smallest
         threshold. A split is made even when the best decrease is 0 (XOR-like data).
         Both children are grown the same way at depth D + 1.

Signature
    fit_tree(X, y, *, max_depth=None, min_samples_split=2) -> tree
    predict_tree(tree, X) -> predictions

Shapes and types
    X                  a float64 array of shape (n, d)
    y                  an int array of shape (n,): class labels (any ints)
    max_depth          None (no limit) or an int ≥ 0
    min_samples_split  an int ≥ 2
    tree               a dict as above: "feature" an int, "threshold" a float, "label" an int,
                       "left"/"right" dicts; no other keys
    predictions        an int64 array of shape (m,) for an X of shape (m, d) (m = 0 allowed)

Example
    Feature 1 separates the classes perfectly at 1.5; feature 0 cannot:

    >>> X = np.array([[1.0, 3.0], [2.0, 0.0], [3.0, 2.0], [4.0, 1.0]])
    >>> tree = fit_tree(X, np.array([1, 0, 1, 0]))
    >>> tree == {"feature": 1, "threshold": 1.5, "left": {"label": 0}, "right": {"label": 1}}
    True
    >>> predict_tree(tree, np.array([[0.0, 1.5], [9.0, 1.6]]))
    array([0, 1])

Constraints
    numpy only (no scikit-learn). fit_tree raises ValueError when n = 0. Do not modify X or y.
    Against scikit-learn's DecisionTreeClassifier (criterion="gini", min_samples_leaf=1): the
    same candidates, the same left rule (≤), the same stopping rules (it also splits on a zero
    decrease) and the same majority tie rule in predict, so where the best split at every node
    is unique the two trees predict the same. Differences: scikit-learn visits the features in
    a random order, so EXACT ties between features may go to another feature; it stores the
    threshold as (a/2 + b/2) in float64, and it does not accept max_depth = 0.
    The hidden tests use n ≤ 25, d ≤ 3 and at most 10 classes.

Time budget: 40 minutes.
"""
import numpy as np


def fit_tree(X, y, *, max_depth=None, min_samples_split=2):
    # BEGIN SOLUTION
    # Complexity: O(D·d·n² log n) time in the worst case, O(n) extra memory per level (n rows, d features, depth D; each candidate threshold rescans its node's rows).
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
                left = column <= threshold
                n_left = int(left.sum())
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
        goes_left = X[rows, feature] <= threshold
        return {"feature": feature, "threshold": threshold,
                "left": grow(rows[goes_left], depth + 1),
                "right": grow(rows[~goes_left], depth + 1)}

    return grow(np.arange(len(y)), 0)
    # END SOLUTION


def predict_tree(tree, X):
    # BEGIN SOLUTION
    predictions = np.empty(len(X), dtype=np.int64)
    for i, row in enumerate(X):
        node = tree
        while "label" not in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        predictions[i] = node["label"]
    return predictions
    # END SOLUTION
