"""Ring all-reduce over N simulated ranks: reduce-scatter, then all-gather.

Task
    N ranks each hold a vector of the same length L (a gradient). Simulate the ring
    all-reduce of NCCL and Horovod, in which rank r only ever sends to rank (r + 1) mod N, and
    return what every rank ends up with (the elementwise sum of all N vectors) and how many
    bytes each rank sent.

    Chunks: split the index range 0..L−1 into N consecutive chunks as np.array_split does
    (the first L mod N chunks have one entry more: L = 5, N = 3 gives sizes 2, 2, 1; L = 2,
    N = 3 gives 1, 1, 0). Every rank works on its own copy of its vector.

    1. Reduce-scatter, N − 1 steps s = 0, 1, ..., N − 2. At step s, every rank r sends its
       current chunk (r − s) mod N to rank (r + 1) mod N, which ADDS it into its own copy of
       that chunk. All sends of a step happen at once (they use the values from before the
       step). Afterwards rank r holds the complete sum of chunk (r + 1) mod N.
    2. All-gather, N − 1 steps s = 0, ..., N − 2. At step s, every rank r sends its chunk
       (r + 1 − s) mod N to rank (r + 1) mod N, which OVERWRITES its copy of that chunk.
       Afterwards every rank holds every complete chunk.

    The order of the additions is therefore pinned, and it matters in floating point: chunk c
    is summed as (((x_c + x_{c+1}) + x_{c+2}) + ... + x_{c+N−1}) over the ranks, indices mod N,
    starting at rank c (not at rank 0). Every rank ends with bit-for-bit the same vector.

    Bytes: every entry sent costs 8 bytes (float64). Rank r sends, over both phases, every
    chunk but (r + 1) mod N, then every chunk but (r + 2) mod N: 2·(N − 1)·L/N entries when N
    divides L.

Signature
    ring_all_reduce(tensors) -> (results, bytes_sent)

Shapes and types
    tensors      a list of N ≥ 1 one-dimensional arrays of floats (or ints), all of length L ≥ 0;
                 tensors[r] is rank r's vector
    results      a NEW list of N NEW float64 arrays of length L: results[r] is what rank r holds
    bytes_sent   a NEW int64 array of length N: the bytes rank r sent
    The inputs are not modified.

Example
    >>> results, sent = ring_all_reduce([np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0])])
    >>> results
    [array([11., 22., 33.]), array([11., 22., 33.])]
    >>> sent            # chunks of sizes 2 and 1; rank 0 sends chunk 0, then chunk 1
    array([24, 24])

Constraints
    numpy only; simulate the ring (a plain np.sum over the ranks sums in a different order).
    Raise ValueError for an empty list, for arrays that are not 1-D, or for arrays of different
    lengths. With N = 1 nothing is sent: the result is a copy of the one vector. The hidden
    tests use N ≤ 8 and L ≤ 20, with values from 1e-3 to 1e16 in magnitude, both signs.

Time budget: 30 minutes.
"""
import numpy as np


def ring_all_reduce(tensors):
    # BEGIN SOLUTION
    # Complexity: O(N·L) time and memory: each of the 2(N − 1) steps moves about L entries in all (N ranks, L entries each).
    if len(tensors) == 0:
        raise ValueError("at least one rank")
    buffers = [np.array(t, dtype=np.float64) for t in tensors]     # each rank's own copy
    if any(b.ndim != 1 for b in buffers) or len({b.shape[0] for b in buffers}) != 1:
        raise ValueError("every rank needs a 1-D vector of the same length")
    n = len(buffers)
    length = buffers[0].shape[0]
    # Chunk c covers [bounds[c], bounds[c + 1]): np.array_split's sizes.
    sizes = [len(part) for part in np.array_split(np.arange(length), n)]
    bounds = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
    chunk = [slice(bounds[c], bounds[c + 1]) for c in range(n)]
    sent = np.zeros(n, dtype=np.int64)

    for s in range(n - 1):                      # reduce-scatter
        # Read every outgoing chunk first: all sends of a step happen at once.
        outgoing = [buffers[r][chunk[(r - s) % n]].copy() for r in range(n)]
        for r in range(n):
            c = (r - s) % n
            buffers[(r + 1) % n][chunk[c]] += outgoing[r]   # the receiver's partial sum + the new term
            sent[r] += 8 * sizes[c]
    for s in range(n - 1):                      # all-gather
        outgoing = [buffers[r][chunk[(r + 1 - s) % n]].copy() for r in range(n)]
        for r in range(n):
            c = (r + 1 - s) % n
            buffers[(r + 1) % n][chunk[c]] = outgoing[r]
            sent[r] += 8 * sizes[c]
    return buffers, sent
    # END SOLUTION
