"""Binary ROC AUC, ties counted as half.

Task
    The area under the ROC curve of a binary classifier's scores equals the probability that a
    random positive sample scores higher than a random negative one, a tie counting one half:

        AUC = ( #{(i, j): score_i > score_j} + 0.5 · #{(i, j): score_i == score_j} ) / (n_pos · n_neg)

    over all pairs of a positive i (y_true == 1) and a negative j (y_true == 0). This is the
    Mann–Whitney U statistic divided by n_pos · n_neg, and also the area under the ROC curve
    drawn with one point per DISTINCT score (a group of tied scores is one diagonal segment).

Signature
    roc_auc(y_true, y_score) -> float

Shapes and types
    y_true   a 1-D int array or list of length n holding only 0 and 1 (1 = positive)
    y_score  a 1-D float (or int) array or list of length n: higher means "more positive";
             any real numbers, not only probabilities
    returns  a float in [0, 1]

Example
    Positives score 0.35 and 0.8, negatives 0.1 and 0.4: of the 4 pairs, 3 are ordered
    correctly. With a tie, (0.5, 0.5) counts one half:

    >>> roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.75
    >>> roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])
    0.875

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError when y_true does not hold both
    classes (all 0, all 1, or empty), when it holds any value other than 0 and 1, or when
    y_true and y_score differ in length. Inputs are not modified. An O(n_pos · n_neg) pairwise
    count is fine for the sizes tested (n ≤ 1000); sorting gives O(n log n).
    This is scikit-learn's roc_auc_score(y_true, y_score) for binary 0/1 labels. One difference:
    with a single class, the installed scikit-learn (1.9) warns (UndefinedMetricWarning) and
    returns nan, where older versions raised ValueError; we raise ValueError. We do not support
    other label values, multiclass, max_fpr or sample weights.
    The hidden tests use n ≤ 300.

Time budget: 15 minutes.
"""
import numpy as np


def roc_auc(y_true, y_score):
    # BEGIN SOLUTION
    # Complexity: O(P·N) time, O(P·N) extra memory for the pairwise comparisons (P positives, N negatives).
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.shape != y_score.shape:
        raise ValueError("y_true and y_score differ in length")
    if not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("y_true must hold only 0 and 1")
    positives, negatives = y_score[y_true == 1], y_score[y_true == 0]
    if positives.size == 0 or negatives.size == 0:
        raise ValueError("ROC AUC needs both a positive and a negative sample")
    # Every (positive, negative) pair: a win counts 1, a tie 1/2.
    wins = np.sum(positives[:, None] > negatives[None, :])
    ties = np.sum(positives[:, None] == negatives[None, :])
    return float((wins + 0.5 * ties) / (positives.size * negatives.size))
    # END SOLUTION
