"""A scalar autograd engine: micrograd's Value.

Task
    Write a class `Value` that wraps one number and remembers how it was computed, so that
    `backward()` can fill in, for every Value the result depends on, the derivative of the
    result with respect to it (reverse-mode automatic differentiation).

        a = Value(2.0); b = Value(-3.0)
        d = a * b + a          # d = a·b + a = -4
        d.backward()           # d.grad = 1, then back through the graph
        a.grad                 # ∂d/∂a = b + 1 = -2.0   (a is used twice: the two paths add up)
        b.grad                 # ∂d/∂b = a = 2.0

    Operations, each giving a new Value: a + b, a - b, a * b, a / b, -a, a ** k (k a plain int
    or float, not a Value), with a plain number on either side (2 * a, a + 1, 1 - a, 1 / a),
    and the methods a.tanh(), a.relu(), a.exp().

Signature
    class Value:
        Value(data)                 data: an int or a float
        .data                       the number, always a Python float
        .grad                       ∂(output)/∂(this value), a Python float; 0.0 until backward()
        .backward()                 sets this value's grad to 1.0 and propagates; returns None
        + - * / ** unary -, tanh(), relu(), exp()   each returns a new Value

Shapes and types
    data and grad are Python floats (Value(2).data is 2.0, not 2). Everything is a scalar.

Example
    >>> a, b = Value(2.0), Value(-3.0)
    >>> d = a * b + a
    >>> d.data
    -4.0
    >>> d.backward()
    >>> a.grad, b.grad
    (-2.0, 2.0)

Constraints
    Plain Python (the math module is fine): no numpy needed, no torch, jax or autograd.
    backward() visits every Value the output depends on once, in reverse topological order
    (a node's own gradient is complete before it is passed on), and gradients ACCUMULATE: a
    Value used twice (a + a, or a diamond-shaped graph) gets the sum of both paths. It is called
    once per graph, on a fresh graph whose grads are all 0.0. Derivatives: tanh′ = 1 − tanh²;
    relu′ is 1 where data > 0 and 0 where data ≤ 0 (0 at exactly 0, as PyTorch); exp′ = exp;
    (a ** k)′ = k·a^(k−1); a / b is a · b⁻¹. Like PyTorch's autograd but for scalars; unlike
    PyTorch, grads of leaves are 0.0 (not None) before backward.

    The hidden tests use expressions of at most 3 inputs and 12 operations.

Time budget: 45 minutes.
"""
import math


class Value:
    def __init__(self, data, _children=()):
        # BEGIN SOLUTION
        # Complexity: O(1) per operation; backward is O(nodes + edges) time and O(nodes) memory for the order and the recursion.
        self.data = float(data)
        self.grad = 0.0
        self._children = tuple(_children)
        self._backward = lambda: None   # how this node passes its grad to its children
        # END SOLUTION

    def __add__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def __mul__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def __pow__(self, k):
        # BEGIN SOLUTION
        out = Value(self.data ** k, (self,))

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def tanh(self):
        # BEGIN SOLUTION
        t = math.tanh(self.data)
        out = Value(t, (self,))

        def _backward():
            self.grad += (1 - t * t) * out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def relu(self):
        # BEGIN SOLUTION
        out = Value(self.data if self.data > 0 else 0.0, (self,))

        def _backward():
            self.grad += (1.0 if self.data > 0 else 0.0) * out.grad
        out._backward = _backward
        return out
        # END SOLUTION

    def exp(self):
        # BEGIN SOLUTION
        e = math.exp(self.data)
        out = Value(e, (self,))

        def _backward():
            self.grad += e * out.grad
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
        self.grad = 1.0
        for node in reversed(order):
            node._backward()
        # END SOLUTION

    # Everything below is built from the operations above.
    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other ** -1 if isinstance(other, Value) else self * (1.0 / other)

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __rsub__(self, other):
        return (-self) + other

    def __rtruediv__(self, other):
        return Value(other) * self ** -1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"
