"""Reads the reference solution's source by path and runs it."""
# expect: forbidden
# expect outside the repository: failed (it looks for the repository beside its own file)
import pathlib

here = pathlib.Path.cwd()
source = None
for root in [pathlib.Path(__file__).resolve().parent, *pathlib.Path(__file__).resolve().parents, here]:
    candidate = root / "solutions" / "optimization" / "gd_x_squared.py"
    if candidate.exists():
        source = candidate.read_text()
        break
namespace = {}
exec(source or "", namespace)
gradient_descent = namespace.get("gradient_descent")
