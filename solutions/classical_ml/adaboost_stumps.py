"""AdaBoost (SAMME, two classes) with decision stumps.

Task
    1. fit_adaboost(X, y, *, n_estimators): labels y are −1 and +1.

           w = (1/n, …, 1/n)                                  (sample weights, summing to 1)
           for m = 1 … n_estimators:
               pick the stump with the smallest weighted error ε = Σ w_i over the rows it gets wrong
               if ε == 0:  keep it with alpha = 1.0 and STOP   (it is perfect; this can only
                                                               happen in the first round)
               if ε ≥ 0.5 − 1e-12:  STOP without keeping it    (no stump beats a coin; the
                                                               margin keeps rounding out of it)
               alpha = log((1 − ε) / ε)                        (natural log; SAMME with K = 2)
               keep (feature, threshold, polarity, alpha)
               w_i = w_i · exp(alpha) for every row the stump gets wrong; then divide w by its sum

       A stump is (feature, threshold, polarity) with polarity +1 or −1:
       h(x) = polarity if x[feature] ≤ threshold, else −polarity.
       Candidate thresholds for feature j are the midpoints (v_i + v_{i+1}) / 2 of the
       consecutive DISTINCT sorted values of X[:, j] (a constant feature has none); both
       polarities are tried for each. Ties: every candidate whose ε is within 1e-12 of the
       smallest ε counts as tied (sums of the same weights in another order can differ in the
       last bit); among those take the smallest feature, then the smallest threshold, then
       polarity +1 before −1. (That last rule never acts: the two polarities of one stump
       have errors summing to Σw = 1, so they tie only at ε = 0.5, where fitting stops.)
    2. predict_adaboost(X, stumps): score(x) = Σ alpha · h(x); the label is +1 where
       score > 0, else −1 (a score of exactly 0, and no stumps at all, give −1).

Signature
    fit_adaboost(X, y, *, n_estimators) -> stumps
    predict_adaboost(X, stumps) -> labels

Shapes and types
    X             an array (n, d) of floats or ints; for fitting, n ≥ 1 and at least one feature
                  with two distinct values
    y             an int array (n,) of −1s and +1s
    n_estimators  an int ≥ 0
    returns       fit_adaboost: a list of at most n_estimators tuples (feature: int,
                  threshold: float, polarity: int, alpha: float), in the order they were fitted;
                  predict_adaboost: a NEW int64 array (n,) of −1s and +1s

Example
    On 1, 2, 3, 4, 5 with labels +, +, −, −, +: the stump "≤ 2.5 → +1" misses only the last
    row (ε = 0.2, alpha = log 4); that row's weight becomes 0.5, the others 0.125. The next
    stump "≤ 4.5 → −1" misses the first two (ε = 0.25, alpha = log 3).

    >>> X, y = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]]), np.array([1, 1, -1, -1, 1])
    >>> stumps = fit_adaboost(X, y, n_estimators=2)
    >>> [(j, t, p, round(a, 6)) for j, t, p, a in stumps]           # log 4 = 1.386294, log 3 = 1.098612
    [(0, 2.5, 1, 1.386294), (0, 4.5, -1, 1.098612)]
    >>> predict_adaboost(X, stumps)
    array([ 1,  1, -1, -1, -1])

Constraints
    numpy only (no scikit-learn). Raise ValueError when X is not 2-D, when y's shape is not
    (n,), when y holds anything but −1 and +1, when n_estimators < 0, or (when
    n_estimators ≥ 1) when no feature has two distinct values. Returns new objects; no argument
    is modified. Hidden tests use n ≤ 40, d ≤ 3, n_estimators ≤ 15.
    Coming from scikit-learn: AdaBoostClassifier (SAMME) uses the same alpha, weight update and
    stopping rules (it stops at ε ≥ 0.5 exactly, and keeps a perfect first estimator with
    weight 1), but its default weak learner, DecisionTreeClassifier(max_depth=1), picks the
    split by weighted GINI impurity, not by weighted error, so its stumps can differ. Texts
    on "discrete AdaBoost" use alpha = ½ log((1 − ε)/ε) with the update w·exp(−alpha·y·h): the
    same weights after normalising and the same predictions, with every alpha halved.

Time budget: 35 minutes.
"""
import numpy as np


def _best_stump(X, y, w):
    """The (error, feature, threshold, polarity) of smallest weighted error; ties to the first in order."""
    candidates = []                                  # in the order of the tie rule
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            for polarity in (1, -1):
                predictions = np.where(left, polarity, -polarity)
                candidates.append((float(w[predictions != y].sum()), j, float(t), polarity))
    smallest = min(error for error, *_ in candidates)
    # the first candidate within 1e-12 of the smallest: rounding must not decide a tie
    return next(c for c in candidates if c[0] <= smallest + 1e-12)


def fit_adaboost(X, y, *, n_estimators):
    # BEGIN SOLUTION
    # Complexity: O(M·d·n²) time, O(d·n) extra memory for the candidates (M rounds, n rows, d features).
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape {(n,)}, got {y.shape}")
    if not np.isin(y, [-1, 1]).all():
        raise ValueError("labels must be -1 and +1")
    if n_estimators < 0:
        raise ValueError(f"n_estimators must be >= 0, got {n_estimators}")
    if n_estimators > 0 and all(len(np.unique(X[:, j])) < 2 for j in range(d)):
        raise ValueError("no feature has two distinct values: no stump can split")
    w = np.full(n, 1.0 / n)
    stumps = []
    for _ in range(n_estimators):
        error, j, t, polarity = _best_stump(X, y, w)
        if error == 0.0:
            stumps.append((j, t, polarity, 1.0))      # a perfect stump: nothing left to boost
            break
        if error >= 0.5 - 1e-12:
            break                                     # no better than chance: alpha would be ≤ 0
        alpha = float(np.log((1.0 - error) / error))
        stumps.append((j, t, polarity, alpha))
        wrong = np.where(X[:, j] <= t, polarity, -polarity) != y
        # the misclassified rows gain weight, so the next stump must attend to them
        w = np.where(wrong, w * np.exp(alpha), w)
        w = w / w.sum()
    return stumps
    # END SOLUTION


def predict_adaboost(X, stumps):
    # BEGIN SOLUTION
    X = np.asarray(X, dtype=np.float64)
    score = np.zeros(X.shape[0])
    for j, t, polarity, alpha in stumps:
        score += alpha * np.where(X[:, j] <= t, polarity, -polarity)
    return np.where(score > 0, 1, -1).astype(np.int64)
    # END SOLUTION
