"""Backpropagation through one sigmoid neuron under mean squared error.

Task
    One neuron reads a batch of N inputs, each a row of D features, and predicts

        z_i = x_i · w + b          p_i = σ(z_i) = 1 / (1 + e^(−z_i))

    The loss is the mean squared error over the batch, WITHOUT a factor ½:

        L = (1/N) · Σ_i (p_i − y_i)²

    Return the loss and its gradient with respect to the weights w and the bias b, by the chain
    rule: ∂L/∂p_i = 2(p_i − y_i)/N, ∂p_i/∂z_i = p_i(1 − p_i), ∂z_i/∂w = x_i, ∂z_i/∂b = 1.

Signature
    sigmoid_neuron_backprop(X, y, w, b) -> (loss, dw, db)

Shapes and types
    X        a float64 array of shape (N, D), N ≥ 1, D ≥ 1: one example per row
    y        a float64 array of shape (N,): targets in [0, 1]
    w        a float64 array of shape (D,)
    b        a float
    returns  a tuple (loss, dw, db): loss a float, dw a float64 array of shape (D,), db a float
             (a Python float or numpy float64, not an array)

Example
    One example x = (1, 2) with target 1, from w = 0, b = 0: p = σ(0) = ½, L = (½ − 1)² = ¼;
    ∂L/∂p = 2·(−½) = −1, ∂L/∂z = −1 · ¼ = −¼, so dw = −¼·(1, 2) and db = −¼.

    >>> sigmoid_neuron_backprop(np.array([[1.0, 2.0]]), np.array([1.0]), np.zeros(2), 0.0)
    (0.25, array([-0.25, -0.5 ]), -0.25)

Constraints
    numpy only (no autograd libraries). Inputs are not modified. The loss is PyTorch's
    nn.MSELoss() (reduction="mean") applied to torch.sigmoid(X @ w + b): no ½ in front, so the
    gradient carries the factor 2. (Many textbooks use ½·mean, which halves every gradient.)

    The hidden tests use N ≤ 20, D ≤ 4.

Time budget: 15 minutes.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    # BEGIN SOLUTION
    # Complexity: O(N·D) time, O(N) extra memory (N examples, D features).
    n = X.shape[0]
    z = X @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    residual = p - y
    loss = np.mean(residual ** 2)
    # Chain rule, one factor at a time: dL/dp, then through the sigmoid, σ' = p(1 − p).
    dp = 2.0 * residual / n
    dz = dp * p * (1.0 - p)
    dw = X.T @ dz        # each example contributes x_i · dz_i
    db = np.sum(dz)      # the bias is shared by every example: sum, do not average again
    return float(loss), dw, float(db)
    # END SOLUTION
