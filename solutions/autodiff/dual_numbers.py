"""Forward-mode automatic differentiation with dual numbers.

Task
    A dual number carries a value and a derivative together: x + x′ε with ε² = 0. Doing
    arithmetic on dual numbers carries the derivative along by the rules of calculus, so
    evaluating f on Dual(x, 1.0) gives f(x) AND f′(x) in one pass (forward mode).

        x = Dual(3.0, 1.0)     # the variable x = 3, dx/dx = 1 (the seed)
        y = x * x + 2 * x      # y.value = 15.0, y.derivative = 2x + 2 = 8.0

    Write a class `Dual` with these operations, each giving a NEW Dual:
      a + b, a − b, a × b, a / b, −a      a Dual and a Dual, or a Dual and a plain int/float
                                          on EITHER side (2 * a, a + 1, 1 − a, 1 / a, a / 4);
                                          a plain number c is the constant Dual(c, 0.0)
      a ** k                              k a plain int or float (a constant exponent)
      a.sin(), a.cos(), a.exp(), a.log()  methods

Signature
    class Dual:
        Dual(value, derivative=0.0)   value, derivative: ints or floats
        .value                        the value, always a Python float
        .derivative                   the derivative carried along, always a Python float
        + - * / ** unary -, sin(), cos(), exp(), log()   each returns a new Dual

    derivative(f, x) is given below the class (not for you to write): it seeds Dual(x, 1.0)
    and returns f(Dual(x, 1.0)).derivative.

Shapes and types
    Scalars only. value and derivative are Python floats: Dual(2, 1).value is 2.0, not 2;
    Dual(2).derivative is 0.0 (a constant).

Example
    >>> x = Dual(3.0, 1.0)
    >>> y = x * x + 2 * x
    >>> y.value, y.derivative
    (15.0, 8.0)
    >>> q = 1 / x
    >>> q.value, q.derivative
    (0.3333333333333333, -0.1111111111111111)
    >>> derivative(lambda t: t.sin() * t, 0.0)
    0.0

Constraints
    Plain Python (the math module is fine); no numpy needed, no torch, jax or autograd.
    Operands are never modified. For a = (u, u′) and b = (v, v′):
      a ± b = (u ± v, u′ ± v′)         a × b = (u·v, u′·v + u·v′)   (the product rule)
      a / b = (u / v, (u′·v − u·v′) / v²)                          (the quotient rule)
      a ** k = (u^k, k·u^(k−1)·u′)     sin: (sin u, cos u · u′)    cos: (cos u, −sin u · u′)
      exp: (e^u, e^u · u′)             log: (ln u, u′ / u), natural log, for u > 0
    The derivative part always carries the incoming derivative (the chain rule): Dual(2, 3)
    ** 2 has derivative 2·2·3 = 12, not 4. Tested only where these are defined (v ≠ 0, u > 0
    for log and for non-integer k). PyTorch does the same with torch.autograd.forward_ad
    (dual tensors); jax.jvp is the same idea.

    The hidden tests use expressions of at most 10 operations.

Time budget: 25 minutes.
"""
import math


class Dual:
    def __init__(self, value, derivative=0.0):
        # BEGIN SOLUTION
        # Complexity: O(1) time and memory per operation; a function of n operations costs O(n), the same as evaluating it.
        self.value = float(value)
        self.derivative = float(derivative)
        # END SOLUTION

    def __add__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Dual) else Dual(other)   # a constant: derivative 0
        return Dual(self.value + other.value, self.derivative + other.derivative)
        # END SOLUTION

    def __sub__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Dual) else Dual(other)
        return Dual(self.value - other.value, self.derivative - other.derivative)
        # END SOLUTION

    def __mul__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Dual) else Dual(other)
        # product rule: (u v)' = u' v + u v'
        return Dual(self.value * other.value,
                    self.derivative * other.value + self.value * other.derivative)
        # END SOLUTION

    def __truediv__(self, other):
        # BEGIN SOLUTION
        other = other if isinstance(other, Dual) else Dual(other)
        # quotient rule: (u / v)' = (u' v - u v') / v²
        return Dual(self.value / other.value,
                    (self.derivative * other.value - self.value * other.derivative) / other.value ** 2)
        # END SOLUTION

    def __rsub__(self, other):
        # BEGIN SOLUTION
        return Dual(other) - self          # other - self, not self - other
        # END SOLUTION

    def __rtruediv__(self, other):
        # BEGIN SOLUTION
        return Dual(other) / self          # other / self, not self / other
        # END SOLUTION

    def __pow__(self, k):
        # BEGIN SOLUTION
        return Dual(self.value ** k, k * self.value ** (k - 1) * self.derivative)
        # END SOLUTION

    def sin(self):
        # BEGIN SOLUTION
        return Dual(math.sin(self.value), math.cos(self.value) * self.derivative)
        # END SOLUTION

    def cos(self):
        # BEGIN SOLUTION
        return Dual(math.cos(self.value), -math.sin(self.value) * self.derivative)
        # END SOLUTION

    def exp(self):
        # BEGIN SOLUTION
        e = math.exp(self.value)
        return Dual(e, e * self.derivative)
        # END SOLUTION

    def log(self):
        # BEGIN SOLUTION
        return Dual(math.log(self.value), self.derivative / self.value)
        # END SOLUTION

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
