"""Tensor(data) keeps the caller's array and the update is in place: train() changes the initial weights it was given.

The caller's W1, b1, W2, b2 must stay as they were: Tensor(data) stores a copy (np.array(data, dtype=np.float64)), or update with p.data = p.data − lr · p.grad.
"""
import numpy as np

NAMED_BY_MESSAGE = "keeps the caller's `data`"  # the first test to fail: Tensor(...) on the caller's array



def unbroadcast(grad, shape):
    # leading axes that broadcasting added, then size-1 axes it stretched (kept)
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    axes = tuple(i for i, s in enumerate(shape) if s == 1 and grad.shape[i] != 1)
    return np.array(grad.sum(axis=axes, keepdims=True), dtype=np.float64)


class Tensor:
    def __init__(self, data, _children=()):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self._children = tuple(_children)
        self._backward = lambda: None   # how this node passes its grad to its children

    def __matmul__(self, other):
        out = Tensor(self.data @ other.data, (self, other))

        def _backward():
            self.grad += out.grad @ other.data.T
            other.grad += self.data.T @ out.grad
        out._backward = _backward
        return out

    def __add__(self, other):
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data + other.data, (self, other))

        def _backward():
            self.grad += unbroadcast(out.grad, self.data.shape)
            other.grad += unbroadcast(out.grad, other.data.shape)
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data * other.data, (self, other))

        def _backward():
            self.grad += unbroadcast(out.grad * other.data, self.data.shape)
            other.grad += unbroadcast(out.grad * self.data, other.data.shape)
        out._backward = _backward
        return out

    def sum(self):
        out = Tensor(self.data.sum(), (self,))

        def _backward():
            self.grad += out.grad        # a 0-d gradient, broadcast over every entry
        out._backward = _backward
        return out

    def relu(self):
        out = Tensor(np.maximum(self.data, 0.0), (self,))

        def _backward():
            self.grad += (self.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
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

    # Everything below is built from the operations above.
    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __repr__(self):
        return f"Tensor(data={self.data!r}, grad={self.grad!r})"


def train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps):
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
            p.data -= learning_rate * p.grad
    return np.array(losses, dtype=np.float64)
