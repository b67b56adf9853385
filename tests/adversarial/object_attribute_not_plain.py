"""An object whose grad is not plain data (a generator that would compute it lazily)."""
# expect: failed
# kata: autodiff/value


class Value:
    def __init__(self, data, _children=()):
        self.data = float(data)
        self.grad = (x for x in [0.0])

    def __add__(self, other):
        return Value(self.data + getattr(other, "data", other))

    def __mul__(self, other):
        return Value(self.data * getattr(other, "data", other))

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def backward(self):
        return None
