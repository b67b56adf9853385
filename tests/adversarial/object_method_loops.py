"""An object kata's method that never returns: backward() loops forever."""
# expect: timeout
# kata: autodiff/value


class Value:
    def __init__(self, data, _children=()):
        self.data, self.grad, self._children = float(data), 0.0, _children

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other))

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def backward(self):
        while True:
            pass
