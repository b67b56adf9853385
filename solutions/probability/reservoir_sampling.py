"""Reservoir sampling (Algorithm R): k items uniformly from a stream seen once.

Task
    Choose k of the n items of `stream` uniformly at random (every k-subset equally likely)
    while reading the stream once, front to back, keeping only k items in memory:

        rng = np.random.default_rng(seed)
        reservoir = the first k items, in stream order
        for i = k, k + 1, …, n − 1:                       (0-based position of the item)
            j = rng.integers(0, i + 1)                    (ONE scalar draw per item: 0 ≤ j ≤ i)
            if j < k: reservoir[j] = stream[i]            (strictly less: j = k keeps nothing)

    Return the reservoir. Item i ≥ k enters with probability k/(i + 1), which is what makes
    every item end up in the reservoir with probability k/n.

Signature
    reservoir_sample(stream, k, *, seed) -> list

Shapes and types
    stream   a list of n items (ints, floats or strs), read in order
    k        an int with 0 ≤ k ≤ n
    seed     an int
    returns  a list of k items: the reservoir, slot by slot (slot j is reservoir[j]); the
             items are the stream's own values (an int stays an int)

Example
    seed 2: the draws are j = 2 (i = 2, not < 2: keep), j = 1 (i = 3: slot 1 ← 40),
    j = 0 (i = 4: slot 0 ← 50).

    >>> reservoir_sample([10, 20, 30, 40, 50], 2, seed=2)
    [50, 40]

Constraints
    Plain Python or numpy; not rng.choice / rng.permutation (a different draw). Draw exactly as
    above: one rng.integers(0, i + 1) per item i = k … n − 1 and nothing else (a single
    vectorised rng.integers(0, np.arange(k + 1, n + 1)) happens to give the same numbers), so
    your reservoir matches the reference. With k = n there is nothing to draw: the result is
    a copy of the stream as a list. k = 0 gives []. Raise ValueError if k < 0 or k > n.
    Return a new list; the stream is not modified.
    The hidden tests use streams of at most 40 items.

Time budget: 15 minutes.
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(k) extra memory (n stream items, k reservoir slots).
    n = len(stream)
    if k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    rng = np.random.default_rng(seed)
    reservoir = list(stream[:k])          # a new list: never write into the caller's stream
    for i in range(k, n):
        # Item i replaces a random slot with probability k / (i + 1): j is uniform on 0..i.
        j = int(rng.integers(0, i + 1))
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
    # END SOLUTION
