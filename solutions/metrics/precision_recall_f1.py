"""Precision, recall and F1 with micro, macro and weighted averages.

Task
    Score a classifier's predictions. The classes are the sorted distinct values found in
    y_true and y_pred together. For each class c, count
        TP_c = samples with y_true == c and y_pred == c
        FP_c = samples with y_true != c and y_pred == c
        FN_c = samples with y_true == c and y_pred != c
    and define
        precision_c = TP_c / (TP_c + FP_c)
        recall_c    = TP_c / (TP_c + FN_c)
        f1_c        = 2 · precision_c · recall_c / (precision_c + recall_c)
    Zero-division rule: a ratio whose denominator is 0 is 0.0 (a class never predicted has
    precision 0.0; a class never true has recall 0.0; f1_c is 0.0 when precision_c + recall_c
    is 0). Never nan. Then, by `average`:
      None        the per-class values, in sorted class order;
      "macro"     the plain mean over classes of precision_c, of recall_c and of f1_c (macro F1
                  is the mean of the per-class F1, NOT the F1 of macro precision and recall);
      "weighted"  the mean over classes weighted by support_c = TP_c + FN_c (how often c is
                  the true label);
      "micro"     pool the counts first: TP = Σ TP_c, FP = Σ FP_c, FN = Σ FN_c, then the same
                  three formulas (for single-label data this gives accuracy three times).

Signature
    precision_recall_f1(y_true, y_pred, *, average) -> (precision, recall, f1)
    `average` is passed by keyword; it has no default.

Shapes and types
    y_true    the true labels: a 1-D int array or a list of ints, length n ≥ 1
    y_pred    the predicted labels, the same kind and length
    average   one of "micro", "macro", "weighted", None
    returns   a tuple of three floats; for average=None a tuple of three float64 arrays of
              shape (k,), k = the number of classes

Example
    Class 0: TP 1, FP 0, FN 1 -> precision 1, recall 0.5, F1 2/3.
    Class 1: TP 2, FP 1, FN 0 -> precision 2/3, recall 1, F1 0.8.

    >>> precision_recall_f1([0, 0, 1, 1], [0, 1, 1, 1], average=None)
    (array([1.        , 0.66666667]), array([0.5, 1. ]), array([0.66666667, 0.8       ]))
    >>> precision_recall_f1([0, 0, 1, 1], [0, 1, 1, 1], average="macro")
    (0.8333333333333333, 0.75, 0.7333333333333334)

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError when n = 0, when y_true and
    y_pred differ in length, or for any other `average`. Inputs are not modified.
    This is scikit-learn's precision_recall_fscore_support(y_true, y_pred, average=...,
    zero_division=0.0) (its default zero_division="warn" gives the same numbers, with a
    warning). Where we differ: no average="binary" (use average=None and take entry [1] for
    the positive class 1 of a 0/1 problem), no `labels`, `beta` or `sample_weight`, and no
    support count returned.
    The hidden tests use n ≤ 40 and at most 10 classes.

Time budget: 20 minutes.
"""
import numpy as np

# BEGIN SOLUTION


def _ratio(numerator, denominator):
    """numerator / denominator, 0.0 where the denominator is 0 (the zero-division rule)."""
    out = np.zeros_like(numerator, dtype=float)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out
# END SOLUTION


def precision_recall_f1(y_true, y_pred, *, average):
    # BEGIN SOLUTION
    # Complexity: O(n·k) time, O(n·k) extra memory for the indicator matrices (n samples, k classes).
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError(f"unknown average {average!r}")
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("need two non-empty label arrays of the same length")
    classes = np.union1d(y_true, y_pred)  # sorted
    # (k, n) indicators, then per-class counts
    is_true = y_true[None, :] == classes[:, None]
    is_pred = y_pred[None, :] == classes[:, None]
    tp = np.sum(is_true & is_pred, axis=1).astype(float)
    fp = np.sum(~is_true & is_pred, axis=1).astype(float)
    fn = np.sum(is_true & ~is_pred, axis=1).astype(float)

    if average == "micro":  # pool the counts, then one ratio each
        tp, fp, fn = tp.sum(keepdims=True), fp.sum(keepdims=True), fn.sum(keepdims=True)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * precision * recall, precision + recall)
    if average is None:
        return precision, recall, f1
    if average == "micro":
        return float(precision[0]), float(recall[0]), float(f1[0])
    weights = np.ones_like(tp) if average == "macro" else tp + fn  # support for "weighted"
    return tuple(float(np.sum(weights * m) / np.sum(weights)) for m in (precision, recall, f1))

    # END SOLUTION
