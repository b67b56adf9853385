"""Only +, × and ** carry rules; subtraction is a + (−1)·b and division is a · b⁻¹."""
import math


class Dual:
    def __init__(self, value, derivative=0.0):
        self.value = float(value)
        self.derivative = float(derivative)

    def __add__(self, other):
        if not isinstance(other, Dual):
            return Dual(self.value + other, self.derivative)
        return Dual(self.value + other.value, self.derivative + other.derivative)

    def __mul__(self, other):
        if not isinstance(other, Dual):
            return Dual(self.value * other, self.derivative * other)
        return Dual(self.value * other.value, self.derivative * other.value + self.value * other.derivative)

    def __pow__(self, k):
        return Dual(self.value ** k, k * self.value ** (k - 1) * self.derivative)

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __truediv__(self, other):
        if not isinstance(other, Dual):
            return self * (1.0 / other)
        return self * other ** -1

    def __rtruediv__(self, other):
        return self ** -1 * other

    __radd__ = __add__
    __rmul__ = __mul__

    def sin(self):
        return Dual(math.sin(self.value), math.cos(self.value) * self.derivative)

    def cos(self):
        return Dual(math.cos(self.value), -math.sin(self.value) * self.derivative)

    def exp(self):
        return Dual(math.exp(self.value), math.exp(self.value) * self.derivative)

    def log(self):
        return Dual(math.log(self.value), self.derivative * self.value ** -1)


def derivative(f, x):
    return f(Dual(x, 1.0)).derivative
