"""An object whose attributes lie: grad is a float subclass that claims to equal everything, and a
__getattr__ answers 0.0 for anything it does not have."""
# expect: failed
# kata: autodiff/value


class Liar(float):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = float.__hash__


class Value:
    def __init__(self, data, _children=()):
        self.data = float(data)

    def __getattr__(self, name):
        return 0.0

    @property
    def grad(self):
        return Liar(0.0)

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
