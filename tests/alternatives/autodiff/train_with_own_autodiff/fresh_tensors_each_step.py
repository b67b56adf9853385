"""Parameters kept as numpy arrays; fresh Tensors (zero grads) built each step; a Kahn-order Tensor."""
import numpy as np


def unbroadcast(grad, shape):
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return np.asarray(grad, dtype=np.float64)


class Tensor:
    def __init__(self, data, parents=(), backward_fn=None):
        self.data = np.array(data, dtype=float)
        self.grad = np.zeros_like(self.data)
        self.parents = list(parents)
        self.backward_fn = backward_fn      # upstream grad -> one gradient per parent

    def __matmul__(self, other):
        return Tensor(self.data @ other.data, [self, other],
                      lambda g: [g @ other.data.T, self.data.T @ g])

    def __add__(self, other):
        if not isinstance(other, Tensor):
            other = Tensor(other)
        return Tensor(self.data + other.data, [self, other],
                      lambda g: [unbroadcast(g, self.data.shape), unbroadcast(g, other.data.shape)])

    __radd__ = __add__

    def __mul__(self, other):
        if not isinstance(other, Tensor):
            other = Tensor(other)
        return Tensor(self.data * other.data, [self, other],
                      lambda g: [unbroadcast(g * other.data, self.data.shape),
                                 unbroadcast(g * self.data, other.data.shape)])

    __rmul__ = __mul__

    def sum(self):
        return Tensor(self.data.sum(), [self], lambda g: [g * np.ones_like(self.data)])

    def relu(self):
        mask = (self.data > 0).astype(float)
        return Tensor(self.data * mask, [self], lambda g: [g * mask])

    def backward(self):
        # count, for every node, how many edges lead to it from the graph above
        pending, stack, seen = {}, [self], {id(self)}
        while stack:
            node = stack.pop()
            for parent in node.parents:
                pending[id(parent)] = pending.get(id(parent), 0) + 1
                if id(parent) not in seen:
                    seen.add(id(parent))
                    stack.append(parent)
        self.grad = np.ones_like(self.data)
        ready = [self]
        while ready:
            node = ready.pop()
            if node.backward_fn is None:
                continue
            for parent, g in zip(node.parents, node.backward_fn(node.grad)):
                parent.grad = parent.grad + g
                pending[id(parent)] -= 1
                if pending[id(parent)] == 0:
                    ready.append(parent)


def train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps):
    weights = [np.array(w, dtype=float) for w in (W1, b1, W2, b2)]
    losses = np.empty(n_steps + 1)
    for step in range(n_steps + 1):
        W1_, b1_, W2_, b2_ = params = [Tensor(w) for w in weights]
        error = (Tensor(X) @ W1_ + b1_).relu() @ W2_ + b2_ + Tensor(-np.asarray(y, dtype=float))
        loss = (error * error).sum() * (1.0 / len(X))
        losses[step] = loss.data
        if step < n_steps:
            loss.backward()
            weights = [w - learning_rate * p.grad for w, p in zip(weights, params)]
    return losses
