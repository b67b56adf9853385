"""Backpropagation through a two-layer MLP with a softmax cross-entropy loss.

Task
    A two-layer perceptron classifies N inputs of width D into C classes through H hidden
    ReLU units:

        h = X W1 + b1        (N, H)   pre-activations
        a = relu(h)          (N, H)
        s = a W2 + b2        (N, C)   scores (logits)
        L = −(1/N) Σ_i log softmax(s_i)[y_i]           mean softmax cross-entropy

    Return L and the gradient of L with respect to each parameter, by the chain rule backwards:
    ds = (softmax(s) − onehot(y)) / N, then through the second affine layer (dW2, db2, da),
    through the ReLU (dh = da where h > 0, else 0), and through the first affine layer
    (dW1, db1).

Signature
    mlp_backprop(X, y, W1, b1, W2, b2) -> (loss, (dW1, db1, dW2, db2))

Shapes and types
    X        a float64 array of shape (N, D), N ≥ 1
    y        an int array of shape (N,), labels in 0 … C − 1
    W1, b1   float64 arrays of shapes (D, H) and (H,)
    W2, b2   float64 arrays of shapes (H, C) and (C,)
    returns  a tuple (loss, grads): loss a float (Python float or numpy float64); grads a tuple
             of four float64 arrays (dW1, db1, dW2, db2) with the shapes of (W1, b1, W2, b2)

Example
    One example x = 1, label 1. h = (1, −1), a = (1, 0), s = (ln 3, 0), softmax (¾, ¼), L = ln 4;
    ds = (¾, −¾); da = ds W2ᵀ = (¾ ln 3, ¾·5 − ¾·7) = (0.824, −1.5); the ReLU stops the second.

    >>> loss, (dW1, db1, dW2, db2) = mlp_backprop(
    ...     np.array([[1.0]]), np.array([1]), np.array([[1.0, -1.0]]), np.zeros(2),
    ...     np.array([[np.log(3.0), 0.0], [5.0, 7.0]]), np.zeros(2))
    >>> round(loss, 6), np.round(dW1, 6), np.round(db1, 6)
    (1.386294, array([[0.823959, 0.      ]]), array([0.823959, 0.      ]))
    >>> dW2, db2
    (array([[ 0.75, -0.75],
           [ 0.  ,  0.  ]]), array([ 0.75, -0.75]))

Constraints
    numpy only (no autograd). Conventions: ReLU's derivative at h = 0 exactly is 0 (PyTorch's);
    the loss is the MEAN over the batch (PyTorch's F.cross_entropy default), so the 1/N enters
    the gradient once, in ds; the softmax is stable (subtract each row's maximum; logits of 1000
    must give a finite loss). Weights are (in, out): PyTorch's nn.Linear stores the transpose.
    scikit-learn's MLPClassifier (activation="relu", alpha=0, three or more classes) computes
    the same loss and gradients; its default alpha=1e-4 adds an L2 term, and for two classes it
    uses one logistic output unit instead of a softmax over two. Inputs are not modified.

    The hidden tests use N ≤ 10, D ≤ 4, H ≤ 6, C ≤ 4.

Time budget: 30 minutes.
"""
import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    # BEGIN SOLUTION
    # Complexity: O(N·(D·H + H·C)) time, O(N·(H + C)) extra memory for the kept activations (N examples, D inputs, H hidden, C classes).
    n = X.shape[0]
    rows = np.arange(n)
    # Forward, keeping what the backward pass needs.
    h = X @ W1 + b1
    a = np.maximum(h, 0.0)
    scores = a @ W2 + b2
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(log_probs[rows, y])
    # Backward: softmax + cross-entropy together give (p − onehot) / N.
    dscores = np.exp(log_probs)
    dscores[rows, y] -= 1.0
    dscores /= n
    dW2 = a.T @ dscores
    db2 = dscores.sum(axis=0)
    da = dscores @ W2.T
    dh = da * (h > 0)          # strict: no gradient through a unit sitting exactly at 0
    dW1 = X.T @ dh
    db1 = dh.sum(axis=0)
    return float(loss), (dW1, db1, dW2, db2)
    # END SOLUTION
