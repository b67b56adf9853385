"""Mini-batch index iterator, as a list.

Task
    Cut the sample indices 0 … n−1 into mini-batches for one epoch of training. First fix the
    order of the indices:

      - shuffle=True:  order = np.random.default_rng(seed).permutation(n)   (one call)
      - shuffle=False: order = np.arange(n)   (no generator is used; seed is ignored)

    Then the batches are order[0:b], order[b:2b], order[2b:3b], … with b = batch_size. The
    last batch holds whatever is left and may be smaller than b: it is KEPT, unless
    drop_last=True, in which case a last batch smaller than b is dropped (a full last batch is
    never dropped). Return the batches as a list (a generator could not be graded).

Signature
    minibatches(n, *, batch_size, shuffle, seed, drop_last=False) -> list of numpy.ndarray
    Everything after n is passed by keyword.

Shapes and types
    n           an int ≥ 0: the number of samples
    batch_size  an int ≥ 1
    shuffle     a bool
    seed        an int (ignored when shuffle is False)
    drop_last   a bool
    returns     a list of 1-D int64 arrays, in batch order; each has batch_size entries except
                possibly the last (when drop_last is False). Without drop_last, together they
                hold every index 0 … n−1 exactly once.

Example
    default_rng(0).permutation(5) is [2, 4, 3, 0, 1]:

    >>> minibatches(5, batch_size=2, shuffle=True, seed=0)
    [array([2, 4]), array([3, 0]), array([1])]
    >>> minibatches(5, batch_size=2, shuffle=False, seed=0, drop_last=True)
    [array([0, 1]), array([2, 3])]

Constraints
    numpy only. Raise ValueError if batch_size < 1 or n < 0. n = 0 gives an empty list (with
    or without drop_last). batch_size > n gives one batch of all n indices, or no batch at all
    with drop_last. Draw nothing from the generator but that one permutation.
    Convention: PyTorch's DataLoader(shuffle=..., drop_last=...) batches the same way (the
    last partial batch kept unless drop_last); its shuffle uses torch's generator, so its
    orders differ from numpy's.
    The hidden tests use n ≤ 60.

Time budget: 10 minutes.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(n) memory for the order and the batches (n samples).
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if n < 0:
        raise ValueError("n must be ≥ 0")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    batches = []
    for start in range(0, n, batch_size):
        batch = order[start:start + batch_size]
        # Only a short LAST batch can be dropped; a full one always stays.
        if drop_last and len(batch) < batch_size:
            break
        batches.append(batch)
    return batches
    # END SOLUTION
