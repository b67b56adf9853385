"""A dense (affine) layer: forward and backward.

Task
    A dense layer maps a batch of N inputs of width D to N outputs of width H:

        out = x W + b          out_{nh} = Σ_d x_{nd} W_{dh} + b_h

    Write the forward pass, and the backward pass: given dout = ∂L/∂out for some scalar loss L,
    return the gradients of L with respect to the layer's inputs and parameters,

        dx = dout Wᵀ      (N, D)
        dW = xᵀ dout      (D, H)
        db = Σ_n dout_n   (H,)    the bias is added to every row, so its gradient sums over the batch

    dout already contains whatever averaging the loss did: the layer adds no 1/N of its own.

Signature
    dense_forward(x, W, b) -> out
    dense_backward(dout, x, W) -> (dx, dW, db)
    The backward pass takes the forward's inputs explicitly (no cache object).

Shapes and types
    x        a float64 array of shape (N, D), N ≥ 0 (a batch may be empty), D ≥ 1
    W        a float64 array of shape (D, H), H ≥ 1
    b        a float64 array of shape (H,)
    dout     a float64 array of shape (N, H)
    returns  dense_forward: a float64 array of shape (N, H) (just the array, not a tuple);
             dense_backward: a tuple (dx, dW, db) of float64 arrays of shapes (N, D), (D, H), (H,)
             With N = 0: out and dx have 0 rows, dW and db are zeros.

Example
    >>> x = np.array([[1.0, 2.0]])
    >>> W = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])
    >>> dense_forward(x, W, np.array([0.5, 0.0, -0.5]))
    array([[ 5.5,  2. , -1.5]])
    >>> dx, dW, db = dense_backward(np.array([[1.0, 0.0, 2.0]]), x, W)
    >>> dx, db
    (array([[-1.,  2.]]), array([1., 0., 2.]))
    >>> dW
    array([[1., 0., 2.],
           [2., 0., 4.]])

Constraints
    numpy only. Returns new arrays; inputs are not modified.
    Our W has shape (D, H) = (in, out), so out = x W. PyTorch's nn.Linear stores its weight as
    (out_features, in_features) and computes x Wᵀ + b: our W is the transpose of its .weight, and
    our dW the transpose of its .weight.grad; db is its .bias.grad.

    The hidden tests use N ≤ 8, D ≤ 6, H ≤ 5.

Time budget: 15 minutes.
"""
import numpy as np


def dense_forward(x, W, b):
    # BEGIN SOLUTION
    # Complexity: O(N·D·H) time forward and backward, O(N·H) (forward) or O(N·D + D·H) (backward) memory for the results.
    return x @ W + b
    # END SOLUTION


def dense_backward(dout, x, W):
    # BEGIN SOLUTION
    dx = dout @ W.T            # (N, H) @ (H, D): each input feeds every output through W
    dW = x.T @ dout            # (D, N) @ (N, H): sums over the batch
    db = dout.sum(axis=0)      # (H,): b was broadcast over the N rows
    return dx, dW, db
    # END SOLUTION
