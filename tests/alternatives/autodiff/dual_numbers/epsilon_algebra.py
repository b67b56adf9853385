"""Dual numbers as pairs (a, b) meaning a + bε with ε² = 0; functions by f(a + bε) = f(a) + f'(a)·bε."""
import math


class Dual:
    def __init__(self, value, derivative=0.0):
        self.value = value * 1.0
        self.derivative = derivative * 1.0

    @staticmethod
    def _pair(x):
        if isinstance(x, Dual):
            return x.value, x.derivative
        return float(x), 0.0

    def __add__(self, other):
        c, d = self._pair(other)
        return Dual(self.value + c, self.derivative + d)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        c, d = self._pair(other)
        return Dual(self.value - c, self.derivative - d)

    def __rsub__(self, other):
        c, d = self._pair(other)
        return Dual(c - self.value, d - self.derivative)

    def __mul__(self, other):
        # (a + bε)(c + dε) = ac + (ad + bc)ε + bdε², and ε² = 0
        c, d = self._pair(other)
        return Dual(self.value * c, self.value * d + self.derivative * c)

    def __rmul__(self, other):
        return self.__mul__(other)

    @staticmethod
    def _divide(a, b, c, d):
        # (a + bε) / (c + dε) = (a + bε)(c − dε) / c² = a/c + (bc − ad)/c² ε
        return Dual(a / c, (b * c - a * d) / (c * c))

    def __truediv__(self, other):
        return self._divide(self.value, self.derivative, *self._pair(other))

    def __rtruediv__(self, other):
        return self._divide(*self._pair(other), self.value, self.derivative)

    def __neg__(self):
        return Dual(-self.value, -self.derivative)

    def __pow__(self, k):
        return Dual(self.value ** k, k * self.value ** (k - 1) * self.derivative)

    def sin(self):
        return Dual(math.sin(self.value), self.derivative * math.cos(self.value))

    def cos(self):
        return Dual(math.cos(self.value), -self.derivative * math.sin(self.value))

    def exp(self):
        return Dual(math.exp(self.value), self.derivative * math.exp(self.value))

    def log(self):
        return Dual(math.log(self.value), self.derivative / self.value)


def derivative(f, x):
    return f(Dual(x, 1.0)).derivative
