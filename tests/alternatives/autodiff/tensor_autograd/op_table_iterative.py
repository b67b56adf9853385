"""The operation stored by name, local gradients looked up in backward(); an iterative topological sort."""
import numpy as np


def unbroadcast(grad, shape):
    padded = (1,) * (grad.ndim - len(shape)) + tuple(shape)
    axes = tuple(i for i, n in enumerate(padded) if n == 1)
    return np.array(np.sum(grad, axis=axes, keepdims=True), dtype=float).reshape(shape)


class Tensor:
    def __init__(self, data, _op="", _inputs=()):
        self.data = np.asarray(data, dtype=np.float64).copy()
        self.grad = np.zeros(self.data.shape)
        self._op, self._inputs = _op, tuple(_inputs)

    @staticmethod
    def _wrap(x):
        return x if isinstance(x, Tensor) else Tensor(x)

    def __matmul__(self, other):
        return Tensor(np.einsum("nk,km->nm", self.data, other.data), "matmul", (self, other))

    def __add__(self, other):
        other = self._wrap(other)
        return Tensor(self.data + other.data, "add", (self, other))

    def __radd__(self, other):
        return self._wrap(other) + self

    def __mul__(self, other):
        other = self._wrap(other)
        return Tensor(self.data * other.data, "mul", (self, other))

    def __rmul__(self, other):
        return self._wrap(other) * self

    def sum(self):
        return Tensor(np.sum(self.data), "sum", (self,))

    def relu(self):
        return Tensor(np.where(self.data > 0, self.data, 0.0), "relu", (self,))

    def _local(self):
        """(input, gradient contribution) pairs for this node's inputs."""
        g = self.grad
        if self._op == "matmul":
            a, b = self._inputs
            return [(a, np.einsum("nm,km->nk", g, b.data)), (b, np.einsum("nk,nm->km", a.data, g))]
        if self._op == "add":
            return [(x, unbroadcast(g, x.data.shape)) for x in self._inputs]
        if self._op == "mul":
            a, b = self._inputs
            return [(a, unbroadcast(g * b.data, a.data.shape)), (b, unbroadcast(g * a.data, b.data.shape))]
        if self._op == "sum":
            (a,) = self._inputs
            return [(a, np.full(a.data.shape, float(g)))]
        if self._op == "relu":
            (a,) = self._inputs
            return [(a, np.where(a.data > 0, g, 0.0))]
        return []

    def backward(self):
        order, seen, stack = [], set(), [(self, False)]
        while stack:                       # depth-first, without recursion
            node, done = stack.pop()
            if done:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in node._inputs if id(child) not in seen)
        self.grad = np.array(1.0)
        for node in reversed(order):
            for child, contribution in node._local():
                child.grad = child.grad + contribution
