"""Stores data with np.asarray: a float64 array handed to Tensor(...) is kept, not copied.

The statement says data is stored as a COPY: with np.asarray the Tensor and the caller share one
array, so the caller changing it later changes the Tensor (and every gradient computed from it).
Use np.array(data, dtype=np.float64), which always copies.
"""
NAMED_BY_MESSAGE = "keeps the caller's `data`"

import numpy as np


def unbroadcast(grad, shape):
    # leading axes that broadcasting added, then size-1 axes it stretched (kept)
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    axes = tuple(i for i, s in enumerate(shape) if s == 1 and grad.shape[i] != 1)
    return np.array(grad.sum(axis=axes, keepdims=True), dtype=np.float64)


class Tensor:
    def __init__(self, data, _children=()):
        self.data = np.asarray(data, dtype=np.float64)    # the mistake: no copy of a float64 array
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
