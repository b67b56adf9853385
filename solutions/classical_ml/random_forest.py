"""A seeded random forest classifier: bootstrap samples, feature subsampling, majority votes.

Task
    Grow n_trees Gini trees on bootstrap samples of (X_train, y_train) and let them vote on
    every row of X_test. All randomness comes from ONE generator,
    rng = np.random.default_rng(seed), drawn in exactly this order:

        for tree t = 0, 1, …, n_trees − 1:
            rows = rng.integers(0, n, size=n)          the bootstrap sample (row indices, repeats
                                                       allowed; rng.choice(n, size=n) draws the same)
            grow(rows, depth=0)

        grow(rows, depth):
            labels = y_train[rows]
            LEAF when all labels are equal or depth == max_depth (no draw is made for a leaf)
            otherwise:
                features = rng.choice(d, size=max_features, replace=False)    (one draw per split node)
                search the splits of those features, in the DRAWN order: thresholds are the
                midpoints of consecutive distinct values of X_train[rows, f]; x ≤ t goes left;
                Gini decrease = G(labels) − (n_left/n_node)·G(left) − (n_right/n_node)·G(right),
                G = 1 − Σ p_c²; take the split with the largest decrease. Ties: every candidate
                within 1e-12 of the largest decrease counts as tied (equal fractions computed in
                another order can differ in the last bit); among those the earliest in the
                search order wins: the earlier DRAWN feature, then the smaller threshold. A
                decrease of 0 still splits.
                no split at all (every drawn feature constant on these rows): LEAF
                else: grow(left rows, depth + 1) FIRST, then grow(right rows, depth + 1)
            a leaf predicts the most common label of its rows (a tie: the smallest label)

    The votes: votes[t, i] is tree t's label for X_test[i] (x ≤ threshold goes left). The
    prediction for row i is the most common label in votes[:, i] (a tie: the smallest label).

Signature
    random_forest(X_train, y_train, X_test, *, n_trees, max_depth, max_features, seed)
        -> (predictions, votes)

Shapes and types
    X_train       an array (n, d) of floats or ints, n ≥ 1
    y_train       an int array (n,) of labels (any ints, e.g. 3 and 7)
    X_test        an array (m, d), m ≥ 0
    n_trees       an int ≥ 1;  max_depth an int ≥ 0;  max_features an int, 1 ≤ max_features ≤ d
    seed          an int
    returns       a tuple (predictions, votes): NEW int64 arrays of shapes (m,) and (n_trees, m)

Example
    Labels 0, 0, 1, 1 at 1, 2, 3, 4 and one tree with seed 0: the bootstrap rows are
    rng.integers(0, 4, size=4) = [3, 2, 2, 1], that is x = 4, 3, 3, 2 with labels 1, 1, 1, 0;
    the root draws the only feature (rng.choice(1, size=1, replace=False)) and splits at
    (2 + 3)/2 = 2.5, where both sides are pure: 1.5 goes left (label 0), 3.5 right (label 1).

    >>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
    >>> random_forest(X, np.array([0, 0, 1, 1]), np.array([[1.5], [3.5]]), n_trees=1, max_depth=3,
    ...               max_features=1, seed=0)
    (array([0, 1]), array([[0, 1]]))

Constraints
    numpy only (no scikit-learn). Raise ValueError when X_train is not 2-D or y_train's shape is
    not (n,), when X_test does not have d columns, when n_trees < 1, max_depth < 0, or
    max_features is not between 1 and d. Returns new arrays; no argument is modified. Hidden
    tests use n ≤ 40, d ≤ 4, n_trees ≤ 15, max_depth ≤ 4.
    Coming from scikit-learn: RandomForestClassifier draws from its own generator, so its trees
    differ; it averages the trees' class PROBABILITIES (soft voting) instead of counting their
    labels; its max_depth=None grows until the leaves are pure, and it draws features one at a
    time until a non-constant one is found. Each of our trees is what DecisionTreeClassifier
    (criterion="gini", max_depth) grows on the same bootstrap rows with max_features = d, up to
    ties.

Time budget: 45 minutes.
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
    # BEGIN SOLUTION
    # Complexity: O(B·D·f·n² log n) time, O(n) extra memory per tree level (B trees, depth D, f = max_features, n rows; each candidate threshold rescans its node's rows).
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
        # the first candidate within 1e-12 of the largest decrease: rounding must not decide a tie
        largest = max(c[0] for c in candidates)
        _, f, t = next(c for c in candidates if c[0] >= largest - 1e-12)
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
    # END SOLUTION
