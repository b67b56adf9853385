"""Writes a conftest.py into the repository's tests to make every later test pass."""
# expect: forbidden
# expect outside the repository: failed (it looks for the repository beside its own file)
import pathlib

import numpy as np

for root in pathlib.Path(__file__).resolve().parents:
    if (root / "katas.toml").exists():
        (root / "tests" / "conftest_planted.py").write_text("def pytest_runtest_call(item): pass\n")
        break


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
