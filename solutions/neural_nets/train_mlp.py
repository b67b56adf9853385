"""Train a small MLP on two interleaved spirals with full-batch gradient descent.

Task
    Two functions: one makes the data, one trains a network on it. Everything is seeded, so a
    correct answer reproduces the reference's numbers (up to rounding: the loss curve and the
    parameters are compared within a relative 1e-6).

    make_spirals(n_per_class, *, noise, seed) -> (X, y): two spirals of n = n_per_class points,
    one turn each, the second rotated by half a turn. With rng = np.random.default_rng(seed),
    ONE call eps = rng.normal(0.0, noise, size=(2, n)), and for class k in (0, 1), i = 0 … n − 1:

        r_i = (i + 1) / n                      radius from 1/n to 1
        θ   = 2π·r_i + k·π + eps[k, i]         angle
        row k·n + i of X is (r_i·cos θ, r_i·sin θ), and y there is k

    so the n rows of class 0 come first, then the n rows of class 1.

    train_mlp(X, y, *, hidden, learning_rate, n_steps, seed) -> (params, losses): a two-layer
    MLP, affine → ReLU → affine → mean softmax cross-entropy (as in neural_nets/mlp_backprop),
    with D = X.shape[1] inputs, `hidden` ReLU units and C = max(y) + 1 classes.
      1. Initialise (He normal, pinned): rng = np.random.default_rng(seed), then
             W1 = rng.normal(0.0, √(2/D), size=(D, hidden))        first
             W2 = rng.normal(0.0, √(2/hidden), size=(hidden, C))   second
             b1 = zeros(hidden), b2 = zeros(C)
      2. For step k = 0 … n_steps − 1: forward on ALL of X, record the loss as losses[k] (the
         loss BEFORE this step's update, so losses[0] is the loss at initialisation), backward,
         then update every parameter with the gradients of that same forward pass:
             P ← P − learning_rate · dP      for P in (W1, b1, W2, b2)
      3. Return ((W1, b1, W2, b2), losses): the parameters after n_steps updates.
    The ReLU's derivative at exactly 0 is 0; the softmax is stable (subtract each row's max).

Signature
    make_spirals(n_per_class, *, noise, seed) -> (X, y)
    train_mlp(X, y, *, hidden, learning_rate, n_steps, seed) -> ((W1, b1, W2, b2), losses)

Shapes and types
    n_per_class    an int ≥ 1
    noise          a float ≥ 0, the standard deviation of the angle noise (0 gives exact spirals)
    X              a float64 array of shape (N, D); make_spirals returns N = 2·n_per_class, D = 2
    y              an int64 array of shape (N,) with labels 0 … C − 1 (make_spirals: 0 and 1)
    hidden         an int ≥ 1 (H)
    learning_rate  a float > 0
    n_steps        an int ≥ 0
    seed           an int
    returns        make_spirals: a tuple (X, y) as above.
                   train_mlp: a tuple (params, losses); params a tuple of four float64 arrays
                   W1 (D, H), b1 (H,), W2 (H, C), b2 (C,); losses a float64 array of shape
                   (n_steps,). With n_steps = 0: the initial parameters and an empty array.

Example
    >>> X, y = make_spirals(4, noise=0.0, seed=0)
    >>> np.round(X[:4], 6) + 0.0, y
    (array([[ 0.  ,  0.25],
           [-0.5 ,  0.  ],
           [ 0.  , -0.75],
           [ 1.  ,  0.  ]]), array([0, 0, 0, 0, 1, 1, 1, 1]))

    The target: on make_spirals(50, noise=0.1, seed=0), train_mlp(X, y, hidden=32,
    learning_rate=1.0, n_steps=500, seed=0) reaches a training accuracy of at least 0.95
    (argmax of the scores; the reference reaches 1.0) and the loss falls from 0.68 to 0.05.

    >>> X, y = make_spirals(50, noise=0.1, seed=0)
    >>> (W1, b1, W2, b2), losses = train_mlp(X, y, hidden=32, learning_rate=1.0, n_steps=500, seed=0)
    >>> scores = np.maximum(X @ W1 + b1, 0) @ W2 + b2
    >>> float(np.mean(scores.argmax(axis=1) == y)), round(float(losses[0]), 2), round(float(losses[-1]), 2)
    (1.0, 0.68, 0.05)

Constraints
    numpy only (no autograd); only the generators and draws above, in that order. Inputs are not
    modified. Weights are (in, out) as in neural_nets/dense_layer (PyTorch's nn.Linear stores the
    transpose and initialises differently by default). From the same starting weights,
    scikit-learn's MLPClassifier(activation="relu", solver="sgd", batch_size=N, momentum=0,
    alpha=0, learning_rate_init=learning_rate, shuffle=False) takes the same steps and records
    the same losses when there are three or more classes (with two it uses one logistic output
    unit, and its default alpha=1e-4 adds an L2 term).

    The hidden tests use n_per_class ≤ 51, N ≤ 100, D ≤ 3, C ≤ 3, hidden ≤ 32, n_steps ≤ 500.

Time budget: 45 minutes.
"""
import math

import numpy as np


def make_spirals(n_per_class, *, noise, seed):
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory here (n = n_per_class); train_mlp O(n_steps·N·H·(D + C)) time, O(N·(H + C)) extra memory.
    n = n_per_class
    rng = np.random.default_rng(seed)
    eps = rng.normal(0.0, noise, size=(2, n))          # the one draw: row k for class k
    r = np.arange(1, n + 1) / n
    X = np.empty((2 * n, 2))
    for k in (0, 1):
        theta = 2 * math.pi * r + k * math.pi + eps[k]   # class 1 is class 0 turned by π
        X[k * n:(k + 1) * n, 0] = r * np.cos(theta)
        X[k * n:(k + 1) * n, 1] = r * np.sin(theta)
    y = np.repeat(np.arange(2, dtype=np.int64), n)
    return X, y
    # END SOLUTION


def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    # BEGIN SOLUTION
    n, d = X.shape
    c = int(y.max()) + 1
    rows = np.arange(n)
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, math.sqrt(2.0 / d), size=(d, hidden))
    W2 = rng.normal(0.0, math.sqrt(2.0 / hidden), size=(hidden, c))
    b1, b2 = np.zeros(hidden), np.zeros(c)
    losses = np.empty(n_steps)
    for step in range(n_steps):
        # Forward on the whole batch.
        h = X @ W1 + b1
        a = np.maximum(h, 0.0)
        scores = a @ W2 + b2
        shifted = scores - scores.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        losses[step] = -np.mean(log_probs[rows, y])      # before this step's update
        # Backward.
        dscores = np.exp(log_probs)
        dscores[rows, y] -= 1.0
        dscores /= n
        dW2, db2 = a.T @ dscores, dscores.sum(axis=0)
        dh = (dscores @ W2.T) * (h > 0)
        dW1, db1 = X.T @ dh, dh.sum(axis=0)
        # Update every parameter from the same forward pass (new arrays, not in place).
        W1, b1 = W1 - learning_rate * dW1, b1 - learning_rate * db1
        W2, b2 = W2 - learning_rate * dW2, b2 - learning_rate * db2
    return (W1, b1, W2, b2), losses
    # END SOLUTION
