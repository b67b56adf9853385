"""The operation is stored by name; backward() looks up each local derivative, no closures."""
import math


class Value:
    """Stores the operation and its inputs; backward() computes local derivatives by op name."""

    def __init__(self, data, _children=(), _op="", _arg=None):
        self.data = float(data)
        self.grad = 0.0
        self._children, self._op, self._arg = tuple(_children), _op, _arg

    @staticmethod
    def _wrap(other):
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other):
        other = self._wrap(other)
        return Value(self.data + other.data, (self, other), "+")

    def __mul__(self, other):
        other = self._wrap(other)
        return Value(self.data * other.data, (self, other), "*")

    def __pow__(self, k):
        return Value(self.data ** k, (self,), "**", k)

    def tanh(self):
        return Value(math.tanh(self.data), (self,), "tanh")

    def relu(self):
        return Value(max(self.data, 0.0), (self,), "relu")

    def exp(self):
        return Value(math.exp(self.data), (self,), "exp")

    def _local(self):
        """(child, ∂self/∂child) pairs."""
        if not self._children:
            return []
        if self._op == "+":
            return [(c, 1.0) for c in self._children]
        if self._op == "*":
            a, b = self._children
            return [(a, b.data), (b, a.data)]
        (a,) = self._children
        if self._op == "**":
            return [(a, self._arg * a.data ** (self._arg - 1))]
        if self._op == "tanh":
            return [(a, 1.0 - self.data ** 2)]
        if self._op == "relu":
            return [(a, 1.0 if a.data > 0 else 0.0)]
        return [(a, self.data)]  # exp

    def backward(self):
        order, seen = [], set()
        stack = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack.append((node, True))
                stack.extend((child, False) for child in node._children)
        self.grad = 1.0
        for node in reversed(order):
            for child, local in node._local():
                child.grad += local * node.grad

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * (other ** -1 if isinstance(other, Value) else 1.0 / other)

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __rsub__(self, other):
        return (-self) + other

    def __rtruediv__(self, other):
        return Value(other) * self ** -1
