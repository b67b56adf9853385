"""Imports the reference solution with importlib, out of sight of a static check."""
# expect: forbidden
import importlib

_reference = importlib.import_module("solu" + "tions.optimization.gd_x_squared")
gradient_descent = _reference.gradient_descent
