"""Test functions the hidden tests hand to learner code (`grad`, `f`, `schedule`, ...).

They are plain picklable objects, so they travel to the learner's process and run there;
their reprs are what a learner reads in a message, so they say what the function is.
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


class Quadratic:
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
        return f"Quadratic(A={_array_repr(self.A)}, b={_array_repr(self.b)})"


class Rosenbrock:
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
        return f"Rosenbrock(a={self.a:g}, b={self.b:g})"


class Sphere:
    """f(x) = Σ c·x², any shape; ∇f(x) = 2c·x."""

    def __init__(self, c: float = 1.0):
        self.c = float(c)

    def __call__(self, x):
        return float(self.c * np.sum(np.asarray(x, dtype=float) ** 2))

    def grad(self, x):
        return 2 * self.c * np.asarray(x, dtype=float)

    def __repr__(self):
        return f"Sphere(c={self.c:g})"


class Polynomial1D:
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
        terms = [f"{c:g}·x^{i}" for i, c in enumerate(self.coefficients) if c]
        return "Polynomial1D(" + " + ".join(terms or ["0"]) + ")"


class LogCosh1D:
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
        return f"LogCosh1D(c={self.c:g})"


class TableSchedule:
    """A learning-rate schedule given as a table: schedule(k) = values[k]."""

    def __init__(self, values):
        self.values = [float(v) for v in values]

    def __call__(self, step):
        return self.values[int(step)]

    def __repr__(self):
        shown = ", ".join(f"{v:g}" for v in self.values[:5])
        return f"TableSchedule([{shown}{', …' if len(self.values) > 5 else ''}])"


class ExponentialSchedule:
    """schedule(k) = lr0 · gamma**k."""

    def __init__(self, lr0: float, gamma: float):
        self.lr0, self.gamma = float(lr0), float(gamma)

    def __call__(self, step):
        return self.lr0 * self.gamma ** step

    def __repr__(self):
        return f"ExponentialSchedule(lr0={self.lr0:g}, gamma={self.gamma:g})"


class CosineSchedule:
    """schedule(k) = ½·lr0·(1 + cos(π·min(k, total)/total))."""

    def __init__(self, lr0: float, total: int):
        self.lr0, self.total = float(lr0), int(total)

    def __call__(self, step):
        return 0.5 * self.lr0 * (1 + math.cos(math.pi * min(step, self.total) / self.total))

    def __repr__(self):
        return f"CosineSchedule(lr0={self.lr0:g}, total={self.total})"


class Wavy:
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
        return f"Wavy(shape={self.w.shape})"


class Linear:
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
        return f"Linear(c={_array_repr(self.c)})"
