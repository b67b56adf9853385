"""Every unary function through one chain-rule helper; division as multiplication by a reciprocal."""
import math


def _lift(x):
    return x if isinstance(x, Dual) else Dual(x, 0.0)


class Dual:
    def __init__(self, value, derivative=0.0):
        self.value, self.derivative = float(value), float(derivative)

    def _chain(self, f_value, f_prime):
        # (f ∘ u)' = f'(u) · u'
        return Dual(f_value, f_prime * self.derivative)

    def __add__(self, other):
        other = _lift(other)
        return Dual(self.value + other.value, self.derivative + other.derivative)

    __radd__ = __add__

    def __neg__(self):
        return Dual(-self.value, -self.derivative)

    def __sub__(self, other):
        return self + (-_lift(other))

    def __rsub__(self, other):
        return _lift(other) + (-self)

    def __mul__(self, other):
        other = _lift(other)
        return Dual(self.value * other.value, self.derivative * other.value + self.value * other.derivative)

    __rmul__ = __mul__

    def reciprocal(self):
        return self._chain(1.0 / self.value, -1.0 / self.value ** 2)

    def __truediv__(self, other):
        return self * _lift(other).reciprocal()

    def __rtruediv__(self, other):
        return _lift(other) * self.reciprocal()

    def __pow__(self, k):
        return self._chain(self.value ** k, k * self.value ** (k - 1))

    def sin(self):
        return self._chain(math.sin(self.value), math.cos(self.value))

    def cos(self):
        return self._chain(math.cos(self.value), -math.sin(self.value))

    def exp(self):
        e = math.exp(self.value)
        return self._chain(e, e)

    def log(self):
        return self._chain(math.log(self.value), 1.0 / self.value)


def derivative(f, x):
    return f(Dual(x, 1.0)).derivative
