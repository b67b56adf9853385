"""A minimal tensor autograd: micrograd's Value, for numpy arrays.

Task
    Write a class `Tensor` that wraps a float64 numpy array and remembers how it was computed,
    so that `backward()` on a scalar (0-d) result fills in, for every Tensor it depends on,
    the gradient of that result with respect to it: an array of the Tensor's own shape.

        X = Tensor([[1.0, 2.0], [3.0, 4.0]])     # batch N = 2, width D = 2
        W = Tensor([[1.0], [-1.0]])              # (D, 1)
        b = Tensor([0.5])                        # (1,), broadcast over the batch
        loss = ((X @ W + b).relu()).sum()        # a 0-d Tensor
        loss.backward()
        W.grad                                   # X.T @ (upstream gradient), shape (2, 1)
        b.grad                                   # summed over the batch: shape (1,)

    Operations, each giving a new Tensor:
      a @ b          matrix product of two 2-D Tensors, (n, k) @ (k, m) -> (n, m)
      a + b, a * b   elementwise with numpy broadcasting; either side may also be a plain int
                     or float (2 * a, a + 1), which is a constant (it gets no gradient)
      a.sum()        the sum of all entries, a 0-d Tensor
      a.relu()       max(a, 0) elementwise
      loss.backward()

Signature
    class Tensor:
        Tensor(data)      data: a number, a (nested) list or a numpy array; stored as a COPY
        .data             a float64 numpy array (0-d for a number or a sum()), never a numpy scalar
        .grad             a float64 numpy array of data's shape; all zeros until backward()
        .backward()       on a 0-d Tensor: sets its grad to 1.0 (a 0-d array) and propagates;
                          returns None
        @ + * sum() relu()    each returns a new Tensor
    unbroadcast(grad, shape)  helper: sums a broadcast gradient back to `shape` (kata
                              autodiff/unbroadcast); yours to use in + and *

Shapes and types
    Named dimensions: n, k, m for matmul. Every data and grad is a float64 ndarray; an input
    of shape S gets a grad of shape S exactly, however its values were broadcast.

Example
    >>> a = Tensor([1.0, -2.0, 3.0])
    >>> loss = (a * a).sum()                     # a is used twice: its two paths add up
    >>> loss.data
    array(14.)
    >>> loss.backward()
    >>> a.grad                                   # 2a
    array([ 2., -4.,  6.])

Constraints
    numpy only; no torch, jax or autograd. backward() visits every Tensor the output depends on
    once, in reverse topological order, and gradients ACCUMULATE (+=): a Tensor used twice gets
    the sum of both paths. It is called once per graph, on a fresh graph, and only on a 0-d
    Tensor. Local gradients, for an upstream gradient G of the output's shape:
      C = A @ B:  A.grad += G @ B.T,  B.grad += A.T @ G
      C = A + B:  each gets G, summed back to its own shape (unbroadcast)
      C = A * B:  A gets G * B.data, B gets G * A.data, each summed back to its own shape
      s = A.sum(): A.grad += G (a 0-d G, broadcast to A's shape)
      relu: G where A.data > 0, 0 where A.data <= 0 (0 at exactly 0, as PyTorch)
    Unlike PyTorch, grads are zero arrays (not None) before backward, every Tensor (not only
    leaves with requires_grad=True) keeps its grad, and backward() needs no gradient argument
    because it is only called on 0-d Tensors (PyTorch raises for a non-scalar output too).

    The hidden tests use tensors of at most 2 axes and 20 entries (n, k, m ≤ 5).

Time budget: 45 minutes.
"""
import numpy as np


def unbroadcast(grad, shape):
    # BEGIN SOLUTION
    # Complexity: O(size of grad) time and memory; backward is O(graph nodes + edges) plus each op's own cost (n·k·m for a matmul).
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
