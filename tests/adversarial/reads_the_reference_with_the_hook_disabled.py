"""Finds the audit hook's closure through gc, empties its list of secret folders, then reads the
reference solution and runs it."""
# expect: forbidden
import gc
import os
import sys

for thing in gc.get_objects():
    if getattr(thing, "__name__", "") == "hook" and getattr(thing, "__closure__", None):
        for cell in thing.__closure__:
            try:
                if isinstance(cell.cell_contents, list):
                    cell.cell_contents.clear()
            except ValueError:
                pass

repo = os.path.dirname(os.path.dirname(sys.modules["gra" + "der"].__file__))
namespace = {}
exec(open(os.path.join(repo, "solutions", "optimization", "gd_x_squared.py")).read(), namespace)
gradient_descent = namespace["gradient_descent"]
