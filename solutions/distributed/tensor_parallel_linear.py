"""Tensor parallelism for a two-layer MLP (Megatron-LM): column-parallel, then row-parallel.

Task
    The MLP  Y = relu(X·A + a)·B + b  is too large for one device, so R ranks share its
    weights, as Megatron-LM does, with ONE all-reduce in the forward pass:

      - A is split by COLUMNS (column-parallel): rank r holds the column block A_r of A and
        the matching slice a_r of a. It computes its own slice of the hidden layer,
        H_r = relu(X·A_r + a_r), with no communication: each hidden unit depends on one
        column of A only, and relu works entry by entry.
      - B is split by ROWS (row-parallel): rank r holds the row block B_r of B matching its
        hidden slice, and computes the partial output P_r = H_r·B_r, of full width.
      - One all-reduce sums the partial outputs: Y = P_0 + P_1 + ... + P_{R−1} (added in rank
        order), then the bias b is added ONCE, after the all-reduce.

    Why not A by rows: each rank would then hold a partial SUM of X·A over some input
    features, and relu(Σ_r Z_r) ≠ Σ_r relu(Z_r): an all-reduce would be needed before the
    non-linearity, a second communication for the same layer.

    Blocks: the hidden width h must be a multiple of R (as Megatron requires); with
    k = h / R, rank r holds the columns (of A) and rows (of B) r·k, ..., r·k + k − 1, in order.
    relu(z) = max(z, 0) (Megatron uses GeLU; any entry-wise activation splits the same way).

Signature
    tensor_parallel_mlp(X, A, a, B, b, *, n_ranks) -> (A_shards, B_shards, partials, Y)

Shapes and types
    X         an (n, d) float array, n ≥ 0 (it may hold ints)
    A         a (d, h) float array, h ≥ 1;  a  an (h,) float array
    B         an (h, m) float array;  b  an (m,) float array
    n_ranks   an int R ≥ 1 that divides h
    returns   the tuple (A_shards, B_shards, partials, Y), four float64 arrays:
    A_shards  a NEW float64 array (R, d, h/R): A_shards[r] = A_r
    B_shards  a NEW float64 array (R, h/R, m): B_shards[r] = B_r
    partials  a NEW float64 array (R, n, m): partials[r] = P_r, WITHOUT the bias b
    Y         a NEW float64 array (n, m): the all-reduced output plus b, which equals
              relu(X·A + a)·B + b computed on one device (up to rounding)
    Returns new arrays; the inputs are not modified.

Example
    d = 1, h = 2, m = 1, R = 2: rank 0 holds hidden unit 0, rank 1 hidden unit 1.
    H = relu([0.7 · 1, 0.7 · (−1)] + [0.1, 0.1]) = [0.8, 0], so P_0 = 0.8 · 2 = 1.6,
    P_1 = 0 · 5 = 0, and Y = 1.6 + 0 + 0.1 = 1.7.

    >>> A_shards, B_shards, partials, Y = tensor_parallel_mlp(
    ...     np.array([[0.7]]), np.array([[1.0, -1.0]]), np.array([0.1, 0.1]),
    ...     np.array([[2.0], [5.0]]), np.array([0.1]), n_ranks=2)
    >>> A_shards.shape, B_shards.shape, partials.shape
    ((2, 1, 1), (2, 1, 1), (2, 1, 1))
    >>> np.round(partials[:, 0, 0], 6), np.round(Y, 6)
    (array([1.6, 0. ]), array([[1.7]]))

Constraints
    numpy only. Raise ValueError for n_ranks < 1, for an h that n_ranks does not divide, for
    X, A or B not 2-D, and for shapes that do not fit together (A's rows ≠ X's columns, a not
    (h,), B's rows ≠ h, b not (m,)), exactly: a b of shape (1,) or (1, m) that numpy would
    broadcast is still a ValueError. With n = 0 rows the partials are (R, 0, m) and Y is (0, m). Results agree
    with the reference up to rounding (relative 1e-6). The hidden tests use n ≤ 8,
    d, h, m ≤ 12, R ≤ 12.

    Coming from PyTorch (Megatron-LM's ColumnParallelLinear and RowParallelLinear): the first
    layer is ColumnParallelLinear with gather_output=False (its output stays split, no
    communication), the second RowParallelLinear with input_is_parallel=True, whose forward
    all-reduces the partial outputs and adds its bias after the all-reduce. In the backward
    pass the roles swap: the gradient with respect to X needs an all-reduce before the first
    layer (Megatron's "f" and "g" operators); this kata is the forward pass only.

Time budget: 20 minutes.
"""
import numpy as np


def tensor_parallel_mlp(X, A, a, B, b, *, n_ranks):
    # BEGIN SOLUTION
    # Complexity: O(n·(d·h + h·m)) time, the same as the unsharded MLP; O(R·n·m) memory for the partial outputs (R ranks).
    X, A, a, B, b = (np.array(v, dtype=np.float64) for v in (X, A, a, B, b))
    if X.ndim != 2 or A.ndim != 2 or B.ndim != 2 or A.shape[0] != X.shape[1]:
        raise ValueError("X must be (n, d) and A (d, h)")
    hidden, width = A.shape[1], B.shape[1]
    if a.shape != (hidden,) or B.shape[0] != hidden or b.shape != (width,):
        raise ValueError("a must be (h,), B (h, m) and b (m,)")
    if n_ranks < 1 or hidden % n_ranks != 0:
        raise ValueError("n_ranks must be ≥ 1 and divide the hidden width h")
    k = hidden // n_ranks

    A_shards = np.stack([A[:, r * k:(r + 1) * k] for r in range(n_ranks)])     # column blocks
    a_shards = [a[r * k:(r + 1) * k] for r in range(n_ranks)]
    B_shards = np.stack([B[r * k:(r + 1) * k, :] for r in range(n_ranks)])     # row blocks
    partials = np.empty((n_ranks, X.shape[0], width))
    for r in range(n_ranks):
        # relu is entry-wise and each hidden unit needs one column of A: no communication yet
        hidden_slice = np.maximum(X @ A_shards[r] + a_shards[r], 0.0)
        partials[r] = hidden_slice @ B_shards[r]          # a full-width partial sum of Y
    Y = np.zeros((X.shape[0], width))
    for r in range(n_ranks):                              # the one all-reduce, in rank order
        Y = Y + partials[r]
    return A_shards, B_shards, partials, Y + b            # the bias once, after the all-reduce
    # END SOLUTION
