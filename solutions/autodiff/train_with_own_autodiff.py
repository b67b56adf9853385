"""Train a tiny MLP on XOR with your own autograd Tensor.

Task
    Use a Tensor class you write (the one of kata autodiff/tensor_autograd: matmul, broadcasting
    + and *, sum(), relu(), backward()) to train a 2-layer network by full-batch gradient descent,
    and return the loss curve. The network and its loss, for a batch of N samples:

        hidden = relu(X @ W1 + b1)                 # (N, H)
        pred   = hidden @ W2 + b2                  # (N, 1)
        loss   = (1 / N) · Σ (pred − y)²           # mean squared error, no ½

    One step: compute the loss, backpropagate it with loss.backward(), then update EVERY
    parameter p ← p − learning_rate · ∂loss/∂p (plain gradient descent on the whole batch, no
    momentum), with gradients from THIS step only.

Signature
    train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps) -> numpy.ndarray
        X  float64 (N, D) inputs          y  float64 (N, 1) targets
        W1 float64 (D, H)   b1 float64 (H,)   W2 float64 (H, 1)   b2 float64 (1,)   initial weights
        learning_rate  a float > 0       n_steps  an int >= 0
    class Tensor: as in autodiff/tensor_autograd (Tensor(data), .data, .grad, @ + * sum() relu()
        backward()); graded on its own too.

Shapes and types
    Returns a NEW float64 array `losses` of shape (n_steps + 1,): losses[0] is the loss at the
    initial weights, losses[t] the loss after t updates (so n_steps = 0 gives just [loss0]).
    Tensor.data and Tensor.grad are float64 arrays, grad all zeros until backward().

Example
    >>> import numpy as np
    >>> X, y = np.array([[1.0, 2.0]]), np.array([[1.0]])
    >>> train(X, y, np.array([[1.0], [0.0]]), np.zeros(1), np.array([[0.5]]), np.zeros(1),
    ...       learning_rate=0.1, n_steps=1)
    array([0.25  , 0.0144])

Constraints
    numpy only; no torch, jax or autograd. The weights you are given are not modified (copy
    them into your Tensors). relu′ is 0 at exactly 0 (as PyTorch). The loss is a mean over the
    N samples, PyTorch's nn.MSELoss() default (reduction='mean'); no ½ factor. scikit-learn's
    MLPRegressor puts a ½ in its loss (mean((pred − y)²) / 2): its loss_ is half ours, and it
    takes the same steps as ours with twice our learning rate (solver='sgd', momentum=0,
    alpha=0, batch_size=N). A Tensor used in several
    steps must not carry gradients over from the previous step (reset grads, or build fresh
    Tensors each step). The hidden tests compare the whole loss curve with the reference's and
    require the final loss on XOR (N = 4, D = 2, H = 4, 150 steps, learning rate 0.1, pinned
    initial weights) to be below 0.02.

    The hidden tests use N ≤ 6 examples of 2 features, a hidden width ≤ 5, n_steps ≤ 150.

Time budget: 30 minutes.
"""
import numpy as np


def unbroadcast(grad, shape):
    # BEGIN SOLUTION
    # Complexity: O(size of grad) here; train is O(n_steps·N·H·D) time and O(N·H + D·H) memory per step (N samples, D inputs, H hidden).
    # leading axes that broadcasting added, then size-1 axes it stretched (kept)
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    axes = tuple(i for i, s in enumerate(shape) if s == 1 and grad.shape[i] != 1)
    return np.array(grad.sum(axis=axes, keepdims=True), dtype=np.float64)
    # END SOLUTION


class Tensor:
    def __init__(self, data, _children=()):
        # BEGIN SOLUTION
        self.data = np.array(data, dtype=np.float64)      # a copy, float64, 0-d for a number
        self.grad = np.zeros_like(self.data)
        self._children = tuple(_children)
        self._backward = lambda: None   # how this node passes its grad to its children
        # END SOLUTION

    def __matmul__(self, other):
        # BEGIN SOLUTION
        out = Tensor(self.data @ other.data, (self, other))

        def _backward():
            self.grad += out.grad @ other.data.T
            other.grad += self.data.T @ out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def __add__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data + other.data, (self, other))

        def _backward():
            self.grad += unbroadcast(out.grad, self.data.shape)
            other.grad += unbroadcast(out.grad, other.data.shape)
        out._backward = _backward
        return out
        # END SOLUTION

    def __mul__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data * other.data, (self, other))

        def _backward():
            self.grad += unbroadcast(out.grad * other.data, self.data.shape)
            other.grad += unbroadcast(out.grad * self.data, other.data.shape)
        out._backward = _backward
        return out
        # END SOLUTION

    def sum(self):
        # BEGIN SOLUTION
        out = Tensor(self.data.sum(), (self,))

        def _backward():
            self.grad += out.grad        # a 0-d gradient, broadcast over every entry
        out._backward = _backward
        return out
        # END SOLUTION

    def relu(self):
        # BEGIN SOLUTION
        out = Tensor(np.maximum(self.data, 0.0), (self,))

        def _backward():
            self.grad += (self.data > 0) * out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def backward(self):
        # BEGIN SOLUTION
        # topological order: every node after all the nodes it was computed from
        order, seen = [], set()

        def visit(node):
            if id(node) not in seen:
                seen.add(id(node))
                for child in node._children:
                    visit(child)
                order.append(node)
        visit(self)
        self.grad = np.ones_like(self.data)    # d(self)/d(self) = 1.0
        for node in reversed(order):
            node._backward()
        # END SOLUTION

    # Everything below is built from the operations above.
    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __repr__(self):
        return f"Tensor(data={self.data!r}, grad={self.grad!r})"


def train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps):
    # BEGIN SOLUTION
    params = [Tensor(p) for p in (W1, b1, W2, b2)]      # Tensor() copies: the caller's arrays stay
    X, y = Tensor(X), Tensor(y)
    n = X.data.shape[0]
    losses = []
    for step in range(n_steps + 1):
        for p in params:
            p.grad = np.zeros_like(p.data)               # gradients of this step only
        W1_, b1_, W2_, b2_ = params
        pred = (X @ W1_ + b1_).relu() @ W2_ + b2_
        error = pred + (-1.0) * y
        loss = (error * error).sum() * (1.0 / n)
        losses.append(float(loss.data))
        if step == n_steps:                              # the loss after the last update
            break
        loss.backward()
        for p in params:
            p.data = p.data - learning_rate * p.grad
    return np.array(losses, dtype=np.float64)
    # END SOLUTION
