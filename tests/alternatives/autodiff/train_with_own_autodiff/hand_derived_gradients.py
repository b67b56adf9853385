"""An op-table Tensor for the graded Tensor; train() itself backpropagates by hand in numpy (the same numbers)."""
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


def train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    W1, b1, W2, b2 = (np.array(w, dtype=float) for w in (W1, b1, W2, b2))
    n = X.shape[0]
    losses = []
    for step in range(n_steps + 1):
        z = X @ W1 + b1
        hidden = np.maximum(z, 0.0)
        error = hidden @ W2 + b2 - y
        losses.append(np.sum(error ** 2) / n)
        if step == n_steps:
            break
        d_pred = 2.0 * error / n                       # (N, 1)
        d_z = (d_pred @ W2.T) * (z > 0)                # relu' = 0 at exactly 0
        W1, b1, W2, b2 = (W1 - learning_rate * (X.T @ d_z), b1 - learning_rate * d_z.sum(axis=0),
                          W2 - learning_rate * (hidden.T @ d_pred), b2 - learning_rate * d_pred.sum(axis=0))
    return np.array(losses)
