"""Gradient accumulation that equals the big batch, with micro-batches of unequal sizes.

Task
    A batch of N examples does not fit in memory, so each step of gradient descent processes
    it as k smaller micro-batches and ACCUMULATES their gradients before one update. Done
    right, every step is exactly full-batch gradient descent on the mean loss
    L(w) = (1/N) Σ_i ℓ(w; x_i, y_i).

    You are given `grad(w, X_j, y_j)`, which returns the gradient at w of the MEAN loss over
    the rows it is given, (1/n_j) Σ_{i in j} ∇ℓ(w; x_i, y_i) (what loss.backward() gives with
    PyTorch's default reduction="mean"). The micro-batches are consecutive slices of the rows,
    in order: micro-batch j holds the next micro_batch_sizes[j] rows (sizes [2, 1] on 3 rows:
    rows 0–1, then row 2). The sizes may differ.

    For each step t = 0, 1, ..., n_steps − 1:
      1. start the accumulator at zero;
      2. for each micro-batch j, g_j = grad(w_t, X_j, y_j) (every micro-batch at the SAME
         w_t) and add its share of the full-batch mean: accumulator += (n_j / N) · g_j;
      3. the accumulator is now ĝ_t = (1/N) Σ_i ∇ℓ(w_t; x_i, y_i), the full-batch mean
         gradient; make ONE update w_{t+1} = w_t − learning_rate · ĝ_t.
    Normalisation: each micro-batch's mean gradient is weighted by n_j / N, its share of the
    examples, not by 1/k: the two agree only when all micro-batches have the same size.

Signature
    accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps)
        -> (trajectory, gradients)
    Everything after y is passed by keyword.

Shapes and types
    grad              a callable: grad(w, X_j, y_j) takes w of shape (d,), the micro-batch's
                      rows X_j of shape (n_j, d) and targets y_j of shape (n_j,), and returns a
                      float array of shape (d,)
    w0                the start point: a 1-D array (or list) of length d; it may hold ints
    X                 a float array of shape (N, d);  y  a float array of shape (N,)
    micro_batch_sizes a non-empty list, tuple or 1-D numpy array of ints ≥ 1 (Python or numpy
                      integers) that sum to N
    learning_rate     a float ≥ 0;  n_steps  an int ≥ 0
    returns           the tuple (trajectory, gradients), two float64 arrays:
    trajectory        a NEW float64 array of shape (n_steps + 1, d): row t is w_t, row 0 is w0
    gradients         a NEW float64 array of shape (n_steps, d): row t is ĝ_t, the accumulated
                      gradient used by update t
    Returns new arrays; the inputs are not modified.

Example
    ℓ(w; x, y) = ½(x·w − y)² on three rows with x = 1 and y = 0.1, 0.7, 1.0, micro-batches of
    2 and 1. At w = 0 they give g_1 = mean(−0.1, −0.7) = −0.4 and g_2 = −1.0, so
    ĝ_0 = (2/3)(−0.4) + (1/3)(−1.0) = −0.6, the mean of all three (not (−0.4 − 1.0)/2 = −0.7).

    >>> def grad(w, X, y):
    ...     return X.T @ (X @ w - y) / len(X)
    >>> X, y = np.ones((3, 1)), np.array([0.1, 0.7, 1.0])
    >>> trajectory, gradients = accumulated_sgd(grad, [0.0], X, y, micro_batch_sizes=[2, 1],
    ...                                         learning_rate=0.5, n_steps=2)
    >>> np.round(trajectory, 6), np.round(gradients, 6)
    (array([[0.  ],
           [0.3 ],
           [0.45]]), array([[-0.6],
           [-0.3]]))

Constraints
    numpy only. Call grad exactly once per micro-batch per step (k · n_steps calls in all,
    none when n_steps = 0), always at the step's start point w_t, on that micro-batch's rows
    alone. The hidden tests' grad raises ValueError when it is given no rows, or (in some
    tests) more rows than the largest micro-batch: the whole batch does not fit in memory.
    Raise ValueError, whatever n_steps is, when micro_batch_sizes is empty, holds a size < 1,
    or does not sum to N; also for n_steps < 0. Raise TypeError, whatever n_steps is, when a size
    is not an integer (a float such as 2.0 included). Results agree with the reference up to
    rounding (relative 1e-6). The hidden tests use N ≤ 40, d ≤ 5, k ≤ 12, n_steps ≤ 8.

    Coming from PyTorch: the usual loop, loss = criterion(model(xb), yb) / accumulation_steps
    with reduction="mean", averages the micro-batch means with equal weight 1/k: it equals the
    big batch only when every micro-batch has the same size. Weighting each mean by n_j / N
    (or using reduction="sum" and dividing by N) does. optimizer.zero_grad() after the step is
    the "start the accumulator at zero" of the next step.

Time budget: 20 minutes.
"""
import numbers

import numpy as np


def accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(n_steps·(N·d + k·G)) time for k micro-batches of N rows in all (G: the cost of one grad call), O(n_steps·d) memory for the trajectory.
    sizes = list(micro_batch_sizes)
    if not all(isinstance(size, numbers.Integral) for size in sizes):
        raise TypeError("every micro-batch size must be an integer")
    n_total = len(X)
    if len(sizes) == 0 or any(size < 1 for size in sizes) or sum(sizes) != n_total:
        raise ValueError("micro_batch_sizes must be a non-empty list of sizes ≥ 1 that sum to N")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    stops = np.cumsum(sizes)
    slices = [slice(stop - size, stop) for size, stop in zip(sizes, stops)]

    w = np.array(w0, dtype=np.float64)     # a float copy: w0 may hold ints, and stays untouched
    trajectory = np.empty((n_steps + 1, w.size))
    gradients = np.empty((n_steps, w.size))
    trajectory[0] = w
    for t in range(n_steps):
        accumulated = np.zeros_like(w)     # zero_grad: nothing carried over from the last step
        for part in slices:
            # A mean over n_j rows is worth n_j / N of the mean over all N rows.
            accumulated += (part.stop - part.start) / n_total * grad(w, X[part], y[part])
        w = w - learning_rate * accumulated  # one update per step, after every micro-batch
        gradients[t] = accumulated
        trajectory[t + 1] = w
    return trajectory, gradients
    # END SOLUTION
