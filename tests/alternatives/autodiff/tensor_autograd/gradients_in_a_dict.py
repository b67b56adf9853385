"""Each node returns its inputs' contributions; backward() sums them in a dict keyed by node, then stores them."""
import numpy as np


def unbroadcast(grad, shape):
    if grad.shape == tuple(shape):
        return grad
    extra = grad.ndim - len(shape)
    axes = tuple(range(extra)) + tuple(extra + i for i, s in enumerate(shape) if s == 1)
    return grad.sum(axis=axes).reshape(shape)


class Tensor:
    def __init__(self, data, _inputs=(), _grad_fn=None):
        self.data = np.array(data, dtype=np.float64)
        self.grad = np.zeros(self.data.shape)
        self._inputs = _inputs
        self._grad_fn = _grad_fn          # upstream gradient -> contributions, one per input

    @staticmethod
    def _as_tensor(x):
        return x if isinstance(x, Tensor) else Tensor(x)

    def __matmul__(self, other):
        a, b = self, other
        return Tensor(a.data @ b.data, (a, b), lambda g: (g @ b.data.T, a.data.T @ g))

    def __add__(self, other):
        a, b = self, self._as_tensor(other)
        return Tensor(a.data + b.data, (a, b),
                      lambda g: (unbroadcast(g, a.data.shape), unbroadcast(g, b.data.shape)))

    def __mul__(self, other):
        a, b = self, self._as_tensor(other)
        return Tensor(a.data * b.data, (a, b),
                      lambda g: (unbroadcast(g * b.data, a.data.shape), unbroadcast(g * a.data, b.data.shape)))

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def sum(self):
        a = self
        return Tensor(a.data.sum(), (a,), lambda g: (np.broadcast_to(g, a.data.shape),))

    def relu(self):
        a = self
        return Tensor(np.maximum(a.data, 0.0), (a,), lambda g: (g * (a.data > 0),))

    def backward(self):
        order, seen = [], set()

        def visit(node):
            if id(node) in seen:
                return
            seen.add(id(node))
            for child in node._inputs:
                visit(child)
            order.append(node)
        visit(self)
        grads = {id(node): np.zeros(node.data.shape) for node in order}
        grads[id(self)] = np.ones(self.data.shape)
        for node in reversed(order):
            if node._grad_fn is not None:
                for child, contribution in zip(node._inputs, node._grad_fn(grads[id(node)])):
                    grads[id(child)] = grads[id(child)] + contribution
        for node in order:
            node.grad = grads[id(node)]
