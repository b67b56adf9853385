"""Magnitude pruning (unstructured) and 2:4 structured sparsity, with their masks.

Task
    Zero out the weights that matter least, by magnitude, and return the mask that says which
    weights were kept (True = kept), in two ways:

    magnitude_prune(w, sparsity)
        Unstructured, over the whole array: prune the k = round(sparsity · n) entries of
        smallest |w| (n = w.size), keep the others.
    prune_2_4(w)
        2:4 structured sparsity (what NVIDIA's sparse tensor cores accelerate): split the last
        axis into consecutive groups of 4 (entries 0–3, 4–7, ...), and in EVERY group prune the
        2 entries of smallest |w| and keep the 2 largest, so exactly half of each group is kept.

    The rules, exactly:
    - round is Python's round() on the float product sparsity · n, half to EVEN (as
      torch.nn.utils.prune does): n = 10, sparsity 0.25 → round(2.5) = 2 pruned; n = 5,
      sparsity 0.7 → round(3.5) = 4 pruned.
    - Ties by index: among entries of EQUAL |w|, the one with the LOWER index is pruned first
      (the flat row-major index for magnitude_prune, the position in the group for prune_2_4).
      So a stable ascending sort of |w| (np.argsort(kind="stable")) lists the entries in the
      order they are pruned. -3.0 and 3.0 have equal magnitude.
    - sparsity = 0 prunes nothing; sparsity = 1 prunes everything.
    - A pruned entry becomes exactly 0.0 (not -0.0); a kept one keeps its value.

Signature
    magnitude_prune(w, sparsity) -> (pruned, mask)
    prune_2_4(w) -> (pruned, mask)

Shapes and types
    w          a numpy array of floats (or ints) with at least one dimension; for prune_2_4 its
               last axis has a length divisible by 4 (ValueError otherwise)
    sparsity   a float in [0, 1] (ValueError otherwise)
    pruned     a NEW float64 array of w's shape;  mask  a NEW bool array of w's shape
    The inputs are not modified.

Example
    >>> pruned, mask = magnitude_prune(np.array([[0.5, -3.0], [2.0, 0.1]]), 0.5)
    >>> pruned
    array([[ 0., -3.],
           [ 2.,  0.]])
    >>> mask
    array([[False,  True],
           [ True, False]])
    >>> prune_2_4(np.array([1.0, -4.0, 2.0, 3.0, 5.0, 5.0, 5.0, 5.0]))[0]
    array([ 0., -4.,  0.,  3.,  0.,  0.,  5.,  5.])

Constraints
    numpy only. Raise ValueError for sparsity outside [0, 1] (or nan), for a 0-dimensional w,
    and in prune_2_4 for a last axis whose length is not a multiple of 4. An empty w (size 0)
    gives empty results. The hidden tests use arrays of at most 3 dimensions and 64 entries,
    magnitudes up to 1e6 and down to 1e-6, both signs.

    Coming from PyTorch: torch.nn.utils.prune.l1_unstructured(amount=sparsity) prunes the same
    number of entries, but its ties follow torch.topk, which is unspecified; here they are
    pinned by index. PyTorch's mask is a float tensor of 0s and 1s; here it is bool.

Time budget: 20 minutes.
"""
import numpy as np


def magnitude_prune(w, sparsity):
    # BEGIN SOLUTION
    # Complexity: O(n log n) time for the sort, O(n) memory (n entries).
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("w must have at least one dimension")
    if not 0.0 <= sparsity <= 1.0:          # also False for nan
        raise ValueError("sparsity must be in [0, 1]")
    k = round(float(sparsity) * w.size)     # Python's round: half to even
    # Stable ascending sort of |w|: among equal magnitudes, the lower flat index comes first.
    order = np.argsort(np.abs(w).ravel(), kind="stable")
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
    # END SOLUTION


def prune_2_4(w):
    # BEGIN SOLUTION
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("the last axis must have a length divisible by 4")
    groups = np.abs(w).reshape(-1, 4)               # one row per group of 4 consecutive entries
    order = np.argsort(groups, axis=1, kind="stable")
    mask = np.ones(groups.shape, dtype=bool)
    rows = np.arange(groups.shape[0])[:, None]
    mask[rows, order[:, :2]] = False                # the two smallest of each group
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
    # END SOLUTION
