"""Data-parallel SGD over R simulated ranks that equals one big batch.

Task
    Data parallelism (PyTorch's DDP, Horovod) keeps a full copy of the model on each of R
    ranks and gives each rank a shard of the global batch. Every rank computes the gradient on
    its own shard, an all-reduce combines the gradients, and every rank applies the SAME
    update, so the copies never drift apart. Done right, each step is exactly full-batch
    gradient descent on the mean loss L(w) = (1/N) Σ_i ℓ(w; x_i, y_i). Simulate it.

    Sharding: the N rows are split into R consecutive shards as np.array_split does (the
    first N mod R shards get one row more: N = 7, R = 3 gives rows 0–2, 3–4, 5–6). Rank r
    holds shard r, of n_r rows. Every rank needs at least one row: 1 ≤ R ≤ N.

    Each step t = 0, 1, ..., n_steps − 1, with every rank at the same w_t:
      1. local gradient: rank r calls g_r = grad(w_t, X_r, y_r), the MEAN gradient over its
         own shard (what loss.backward() gives each DDP rank with reduction="mean");
      2. all-reduce: each rank contributes its local SUM n_r · g_r; the all-reduce adds the
         contributions of ranks 0, 1, ..., R − 1, and every rank divides the total by the
         global count N: ĝ_t = (1/N) Σ_r n_r · g_r, the full-batch mean gradient;
      3. every rank applies w_{t+1} = w_t − learning_rate · ĝ_t.
    With unequal shards, the plain mean of the local means, (1/R) Σ_r g_r, is NOT the
    full-batch mean; it is only when every shard has the same size.

Signature
    data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps)
        -> (trajectory, local_gradients)
    Everything after y is passed by keyword.

Shapes and types
    grad             a callable: grad(w, X_r, y_r) takes w of shape (d,), a shard's rows X_r
                     of shape (n_r, d) and targets y_r of shape (n_r,), and returns a float
                     array of shape (d,)
    w0               the start point: a 1-D array (or list) of length d; it may hold ints
    X                a float array of shape (N, d);  y  a float array of shape (N,)
    n_ranks          an int R with 1 ≤ R ≤ N
    learning_rate    a float ≥ 0;  n_steps  an int ≥ 0
    returns          the tuple (trajectory, local_gradients), two float64 arrays:
    trajectory       a NEW float64 array of shape (n_steps + 1, d): row t is w_t (the same on
                     every rank), row 0 is w0
    local_gradients  a NEW float64 array of shape (n_steps, R, d): [t, r] is g_r at step t,
                     rank r's gradient BEFORE the all-reduce
    Returns new arrays; the inputs are not modified.

Example
    ℓ(w; x, y) = ½(x·w − y)² with x = 1 on N = 3 rows, y = 0.1, 0.7, 1.0, R = 2 ranks: shards
    of 2 and 1 rows. At w = 0 the local gradients are −0.4 and −1.0; the all-reduce gives
    (2·(−0.4) + 1·(−1.0)) / 3 = −0.6 (the mean of the local means would be −0.7).

    >>> def grad(w, X, y):
    ...     return X.T @ (X @ w - y) / len(X)
    >>> X, y = np.ones((3, 1)), np.array([0.1, 0.7, 1.0])
    >>> trajectory, local = data_parallel_sgd(grad, [0.0], X, y, n_ranks=2,
    ...                                       learning_rate=0.5, n_steps=1)
    >>> np.round(trajectory, 6), np.round(local, 6)
    (array([[0. ],
           [0.3]]), array([[[-0.4],
            [-1. ]]]))

Constraints
    numpy only. Call grad exactly once per rank per step (R · n_steps calls in all, none when
    n_steps = 0), at w_t, on that rank's shard alone. The hidden tests' grad raises
    ValueError when it is given no rows, or (in some tests) more rows than the largest shard:
    one rank's memory does not hold the global batch. Raise ValueError, whatever n_steps is,
    for n_ranks < 1 or n_ranks > N (so also for N = 0), and for n_steps < 0. Results agree
    with the reference up to rounding (relative 1e-6). The hidden tests use N ≤ 40, d ≤ 5,
    R ≤ N, n_steps ≤ 8.

    Coming from PyTorch: DDP all-reduces the gradients with a sum and divides by the world
    size R, i.e. it averages the local means with equal weight; that is the big batch's mean
    because DistributedSampler gives every rank the same number of samples (it pads by
    repeating samples, or drops the tail with drop_last=True) and it deals the indices out
    strided, rank r taking r, r + R, ..., where this kata's shards are consecutive. Here
    shards may differ by one row, so the all-reduce sums n_r · g_r and divides by N.

Time budget: 20 minutes.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n_steps·(N·d + R·G)) time over R ranks and N rows (G: one grad call), O(n_steps·R·d) memory for the local gradients.
    n_total = len(X)
    if not 1 <= n_ranks <= n_total:
        raise ValueError("n_ranks must be between 1 and N: every rank needs at least one row")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    # np.array_split's shards: the first N mod R ranks get one row more.
    shards = np.array_split(np.arange(n_total), n_ranks)

    w = np.array(w0, dtype=np.float64)     # every rank's copy; a float copy, w0 stays untouched
    trajectory = np.empty((n_steps + 1, w.size))
    local_gradients = np.empty((n_steps, n_ranks, w.size))
    trajectory[0] = w
    for t in range(n_steps):
        for r, rows in enumerate(shards):
            local_gradients[t, r] = grad(w, X[rows], y[rows])
        # all-reduce of the local SUMS, then divided by the global count on every rank
        total = np.zeros_like(w)
        for r, rows in enumerate(shards):
            total += len(rows) * local_gradients[t, r]
        w = w - learning_rate * (total / n_total)   # the same update on every rank
        trajectory[t + 1] = w
    return trajectory, local_gradients
    # END SOLUTION
