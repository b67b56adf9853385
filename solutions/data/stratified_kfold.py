"""Stratified k-fold cross-validation splits.

Task
    Split the indices 0 … n−1 into n_splits folds so that every class is spread as evenly as
    possible over the folds. The rule, which needs no randomness:

      1. Order the indices by class label, ascending; within a class keep them in increasing
         index order (a STABLE sort by label: np.argsort(y, kind="stable")).
      2. Deal this order out like cards: the index at position t goes to fold t mod n_splits.

    Fold f is the validation set of split f; its training set is every other index. Return
    the n_splits splits as (train, val) pairs, fold 0 first.

    Dealing one class after another keeps each class's count per fold within one of every
    other fold's, AND the total fold sizes within one of each other.

Signature
    stratified_kfold(y, *, n_splits) -> list of (train, val)
    n_splits is passed by keyword.

Shapes and types
    y         a 1-D int array of n class labels
    n_splits  an int
    returns   a list of n_splits tuples (train, val): two int64 arrays, each sorted ascending;
              val of fold f holds the indices dealt to f, train the other n − len(val) indices

Example
    Sorted by label the indices are [0, 2, 4, 5 | 1, 3] (class 0, then class 1); dealt to two
    folds: fold 0 gets 0, 4, 1 and fold 1 gets 2, 5, 3.

    >>> stratified_kfold(np.array([0, 1, 0, 1, 0, 0]), n_splits=2)
    [(array([2, 3, 5]), array([0, 1, 4])), (array([0, 1, 4]), array([2, 3, 5]))]

Constraints
    numpy only, no scikit-learn. Raise ValueError if n_splits < 2, or if n_splits is larger than
    the biggest class (then no class reaches every fold; for an empty y the biggest class has
    0 samples, so it always raises). n_splits equal to the biggest class is allowed. A class
    smaller than n_splits is allowed: some folds get none of it. Do not modify y.
    Convention: scikit-learn's StratifiedKFold(shuffle=False) raises on the same condition (and
    only warns when n_splits exceeds the SMALLEST class), and when every class first appears
    in y in sorted order its folds have the same count of every class as ours, fold by fold.
    Which indices go where differs: scikit-learn gives each fold a contiguous block of each
    class (in index order) and orders classes by first appearance, while here the sorted
    indices are dealt round-robin.
    The hidden tests use n ≤ 100 and n_splits ≤ 6.

Time budget: 20 minutes.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    # BEGIN SOLUTION
    # Complexity: O(k·n + n log n) time, O(n) extra memory (n samples, k = n_splits).
    y = np.asarray(y)
    largest = np.unique(y, return_counts=True)[1].max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError(f"n_splits must be between 2 and the biggest class ({largest})")
    # Stable: within a class the indices stay in increasing order, so the folds are pinned.
    order = np.argsort(y, kind="stable")
    splits = []
    for fold in range(n_splits):
        in_fold = np.zeros(len(y), dtype=bool)
        in_fold[order[fold::n_splits]] = True  # positions fold, fold + k, fold + 2k, ...
        # flatnonzero returns sorted int64 indices for both sides.
        splits.append((np.flatnonzero(~in_fold), np.flatnonzero(in_fold)))
    return splits
    # END SOLUTION
