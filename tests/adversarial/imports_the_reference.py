"""Imports the reference solution."""
# expect: forbidden
from solutions.optimization.gd_x_squared import gradient_descent  # noqa: F401
