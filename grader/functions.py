"""Test functions the hidden tests hand to learner code (`grad`, `f`, `schedule`, ...).

They are plain picklable objects, so they travel to the learner's process and run there;
their reprs are what a learner reads in a message, so they say what the function is in maths
(`f(x) = 0.5·‖x‖²`, `schedule [0.1, 0.05, …]`), never a class name the learner cannot run; a
method handed over reads as `grad of f(x) = …` (`describe`, used by grader.compare).
"""
from __future__ import annotations

import math

import numpy as np


def _array_repr(a: np.ndarray) -> str:
    """Short, and exact enough to tell 1e-7 from 0: entries in %g style."""
    a = np.asarray(a, dtype=float)
    if a.size > 9:
        return f"<array shape={a.shape}>"
    return np.array2string(a, separator=", ", formatter={"float_kind": lambda v: f"{v:.4g}"}).replace("\n", "")


def _number(value: float) -> str:
    return f"{value:g}"


def _power(i: int) -> str:
    return "" if i == 1 else str(i).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


class _Described:
    """`describe("grad")` is how a bound method reads in a message: `grad of f(x) = …`."""
    METHODS = {"grad": "grad of", "derivative": "f′ of", "second_derivative": "f″ of"}

    def describe(self, method: str) -> str:
        return f"{self.METHODS.get(method, method + ' of')} {self!r}"


class Quadratic(_Described):
    """f(x) = ½ xᵀAx − bᵀx, with A symmetric positive definite; ∇f(x) = Ax − b."""

    def __init__(self, A, b):
        self.A = np.asarray(A, dtype=float)
        self.b = np.asarray(b, dtype=float)

    @classmethod
    def random(cls, rng: np.random.Generator, d: int, condition: float = 10.0) -> "Quadratic":
        q, _ = np.linalg.qr(rng.standard_normal((d, d)))
        eigenvalues = np.geomspace(1.0, condition, d) if d > 1 else np.array([1.0])
        return cls((q * eigenvalues) @ q.T, rng.standard_normal(d))

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        return float(0.5 * x @ self.A @ x - self.b @ x)

    def grad(self, x):
        return self.A @ np.asarray(x, dtype=float) - self.b

    def minimum(self):
        return np.linalg.solve(self.A, self.b)

    def __repr__(self):
        return f"f(x) = ½xᵀAx − bᵀx with A = {_array_repr(self.A)}, b = {_array_repr(self.b)}"


class SphereInBox(_Described):
    """f(x) = ‖x‖² inside the box |x_i| ≤ r, NaN outside (like a log outside its domain)."""

    def __init__(self, r: float = 1.0):
        self.r = float(r)

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        return float(np.sum(x ** 2)) if np.all(np.abs(x) <= self.r) else float("nan")

    def grad(self, x):
        return 2 * np.asarray(x, dtype=float)

    def __repr__(self):
        return f"f(x) = ‖x‖² for every |x_i| ≤ {self.r:g}, NaN outside"


class Rosenbrock(_Described):
    """f(x, y) = (a − x)² + b(y − x²)², the banana-shaped valley; minimum at (a, a²)."""

    def __init__(self, a: float = 1.0, b: float = 100.0):
        self.a, self.b = float(a), float(b)

    def __call__(self, x):
        x, y = np.asarray(x, dtype=float)
        return float((self.a - x) ** 2 + self.b * (y - x * x) ** 2)

    def grad(self, x):
        x, y = np.asarray(x, dtype=float)
        return np.array([-2 * (self.a - x) - 4 * self.b * x * (y - x * x), 2 * self.b * (y - x * x)])

    def __repr__(self):
        return f"f(x, y) = ({self.a:g} − x)² + {self.b:g}·(y − x²)²"


class Sphere(_Described):
    """f(x) = Σ c·x², any shape; ∇f(x) = 2c·x."""

    def __init__(self, c: float = 1.0):
        self.c = float(c)

    def __call__(self, x):
        return float(self.c * np.sum(np.asarray(x, dtype=float) ** 2))

    def grad(self, x):
        return 2 * self.c * np.asarray(x, dtype=float)

    def __repr__(self):
        return "f(x) = " + ("" if self.c == 1 else f"{self.c:g}·") + "‖x‖²"


class Polynomial1D(_Described):
    """A polynomial in one variable, with its first and second derivatives (for Newton)."""

    def __init__(self, coefficients):
        # coefficients[i] multiplies x**i
        self.coefficients = np.asarray(coefficients, dtype=float)

    def __call__(self, x):
        return float(np.polynomial.polynomial.polyval(float(x), self.coefficients))

    def derivative(self, x):
        return float(np.polynomial.polynomial.polyval(float(x), np.polynomial.polynomial.polyder(self.coefficients)))

    def second_derivative(self, x):
        return float(np.polynomial.polynomial.polyval(float(x), np.polynomial.polynomial.polyder(self.coefficients, 2)))

    def __repr__(self):
        text = ""
        for i, c in enumerate(self.coefficients):
            if not c:
                continue
            size = _number(abs(c)) if (i == 0 or abs(c) != 1) else ""
            term = size + ("" if i == 0 else f"x{_power(i)}")
            text += (term if c > 0 else "−" + term) if not text else (f" + {term}" if c > 0 else f" − {term}")
        return f"f(x) = {text or '0'}"


class LogCosh1D(_Described):
    """f(x) = log(cosh(x − c)): smooth, convex, with f'' → 0 far away (Newton overshoots there)."""

    def __init__(self, c: float = 0.0):
        self.c = float(c)

    def __call__(self, x):
        return float(np.log(np.cosh(float(x) - self.c)))

    def derivative(self, x):
        return float(np.tanh(float(x) - self.c))

    def second_derivative(self, x):
        with np.errstate(over="ignore"):  # far from c, cosh² overflows and f'' is exactly 0.0
            return float(1.0 / np.cosh(float(x) - self.c) ** 2)

    def __repr__(self):
        shift = "x" if self.c == 0 else (f"x − {self.c:g}" if self.c > 0 else f"x + {-self.c:g}")
        return f"f(x) = log cosh({shift})"


class TableSchedule:
    """A learning-rate schedule given as a table: schedule(k) = values[k]."""

    def __init__(self, values):
        self.values = [float(v) for v in values]

    def __call__(self, step):
        return self.values[int(step)]

    def __repr__(self):
        shown = ", ".join(f"{v:g}" for v in self.values[:5])
        return f"schedule [{shown}{', …' if len(self.values) > 5 else ''}]"


class ExponentialSchedule:
    """schedule(k) = lr0 · gamma**k."""

    def __init__(self, lr0: float, gamma: float):
        self.lr0, self.gamma = float(lr0), float(gamma)

    def __call__(self, step):
        return self.lr0 * self.gamma ** step

    def __repr__(self):
        return f"schedule {self.lr0:g}·{self.gamma:g}^k"


class CosineSchedule:
    """schedule(k) = ½·lr0·(1 + cos(π·min(k, total)/total))."""

    def __init__(self, lr0: float, total: int):
        self.lr0, self.total = float(lr0), int(total)

    def __call__(self, step):
        return 0.5 * self.lr0 * (1 + math.cos(math.pi * min(step, self.total) / self.total))

    def __repr__(self):
        return f"cosine schedule from {self.lr0:g} to 0 over {self.total} steps"


class Wavy(_Described):
    """f(x) = Σ sin(w ⊙ x) + ½(Σ x)², for x of the same shape as w (any shape, 0-d included)."""

    def __init__(self, w):
        self.w = np.asarray(w, dtype=float)

    @classmethod
    def random(cls, rng: np.random.Generator, shape) -> "Wavy":
        return cls(rng.uniform(0.5, 2.0, size=shape))

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        if x.shape != self.w.shape:
            raise ValueError(f"f expects an array of shape {self.w.shape}, got shape {x.shape}")
        return float(np.sum(np.sin(self.w * x)) + 0.5 * np.sum(x) ** 2)

    def grad(self, x):
        x = np.asarray(x, dtype=float)
        return self.w * np.cos(self.w * x) + np.sum(x)

    def __repr__(self):
        return f"f(x) = Σ sin(w⊙x) + ½(Σx)² for x of shape {self.w.shape}"


class Linear(_Described):
    """f(x) = c·x: the gradient is the constant vector c everywhere (c = 0: a flat function)."""

    def __init__(self, c):
        self.c = np.asarray(c, dtype=float)

    def __call__(self, x):
        return float(self.c @ np.asarray(x, dtype=float))

    def grad(self, x):
        x = np.asarray(x, dtype=float)
        if x.shape != self.c.shape:
            raise ValueError(f"grad expects an array of shape {self.c.shape}, got shape {x.shape}")
        return self.c.copy()  # a fresh array: code that edits g in place cannot change c

    def __repr__(self):
        return f"f(x) = c·x with c = {_array_repr(self.c)}"
