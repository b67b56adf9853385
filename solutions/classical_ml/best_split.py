"""The best threshold split of one feature, by Gini impurity or entropy.

Task
    A decision tree grows by asking, for one feature x, "is x ≤ threshold?". Find the threshold
    that makes the two sides purest.

      1. Candidates: sort the DISTINCT values of x, v_1 < v_2 < … < v_m; the candidate
         thresholds are the midpoints (v_i + v_{i+1}) / 2, i = 1 … m − 1.
      2. A threshold t sends the samples with x ≤ t to the left, the others to the right.
      3. The impurity of a set of labels with class proportions p_c is
             Gini     G = 1 − Σ_c p_c²
             entropy  H = − Σ_c p_c · log2(p_c)    (log base 2, in bits; 0 · log2 0 = 0)
      4. The impurity decrease of t is the parent's impurity minus the children's impurities
         weighted by their sizes:
             decrease = I(y) − (n_left / n) · I(y_left) − (n_right / n) · I(y_right)
      5. Return the candidate with the largest decrease. Ties (equal decreases) go to the
         smallest threshold.

Signature
    best_split(x, y, *, criterion="gini") -> (threshold, decrease)

Shapes and types
    x          a 1-D numpy array of shape (n,), floats or ints, in any order
    y          a 1-D numpy int array of shape (n,): class labels (any ints, e.g. 3 and 7)
    criterion  the str "gini" or "entropy"
    returns    a tuple (threshold, decrease): threshold a float, decrease a float.
               When x has a single distinct value there is no candidate: return (None, 0.0).

Example
    y is separated perfectly between 2 and 3; the Gini impurity falls from 0.5 to 0, the
    entropy from 1 bit to 0:

    >>> best_split(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1]))
    (2.5, 0.5)
    >>> best_split(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1]), criterion="entropy")
    (2.5, 1.0)

Constraints
    numpy only. Raise ValueError when n = 0 or criterion is neither "gini" nor "entropy".
    A pure y (one class) still has candidates: every decrease is 0.0, so the smallest
    threshold wins: (smallest midpoint, 0.0). x of one distinct value (n = 1 included) gives
    (None, 0.0). Do not modify x or y.
    scikit-learn's trees use the same candidates (midpoints, left is x ≤ t) and the same Gini;
    its "entropy" criterion is also in bits. Its `feature_importances_` weight the decrease by
    the node's share of ALL samples; here the decrease is of this one node (weights n_left / n
    and n_right / n of this node's samples).
    The hidden tests use n ≤ 30.

Time budget: 20 minutes.
"""
import numpy as np


def best_split(x, y, *, criterion="gini"):
    # BEGIN SOLUTION
    # Complexity: O(m·n log n) time, O(n) extra memory (n samples, m ≤ n distinct values; each candidate recounts both sides).
    if criterion not in ("gini", "entropy"):
        raise ValueError(f"criterion must be 'gini' or 'entropy', got {criterion!r}")
    n = len(x)
    if n == 0:
        raise ValueError("best_split needs at least one sample")

    def impurity(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)          # only classes present: no 0 · log 0 to worry about
        if criterion == "gini":
            return 1.0 - np.sum(p ** 2)
        return -np.sum(p * np.log2(p))

    values = np.unique(x)                 # sorted and distinct
    parent = impurity(y)
    best_threshold, best_decrease = None, 0.0
    for a, b in zip(values[:-1], values[1:]):
        threshold = (a + b) / 2
        left = x <= threshold
        n_left = int(left.sum())
        children = n_left / n * impurity(y[left]) + (n - n_left) / n * impurity(y[~left])
        decrease = parent - children
        # Strictly greater: a tie keeps the earlier, smaller threshold. The first candidate
        # is always taken, even with a decrease of 0 (a pure y).
        if best_threshold is None or decrease > best_decrease:
            best_threshold, best_decrease = float(threshold), float(decrease)
    return best_threshold, best_decrease
    # END SOLUTION
