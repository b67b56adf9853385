"""The starter notebook (course/notebooks/start.ipynb) runs end to end in a real kernel on a checkout:
its set-up cell sees the checkout and does nothing, saying so; with a right answer written in, the
check passes, a hint comes, and the concept page shows. Its Colab path (clone, install) is run too,
from a folder outside any checkout, with this repository as the one to clone."""
import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from grader import ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebook extra (nbformat, nbclient, ipykernel) is not installed: make test installs it")
nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed: make test installs it")
pytest.importorskip("ipykernel", reason="the notebook extra is not installed: make test installs it")

NOTEBOOK = ROOT / "course" / "notebooks" / "start.ipynb"
RIGHT = '''import numpy as np

def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        trajectory.append(trajectory[-1] - learning_rate * 2 * trajectory[-1])
    return np.array(trajectory)
'''


def _cells():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    return notebook, {cell.id: cell for cell in notebook.cells}


def _text(cell) -> str:
    return " ".join(o.get("text", "") + json.dumps(o.get("data", {}), ensure_ascii=False) + "".join(o.get("traceback", []))
                    for o in cell.outputs)


def test_the_notebook_as_shipped_is_the_stub_and_the_placeholder():
    notebook, cells = _cells()
    nbformat.validate(notebook)
    assert "raise NotImplementedError" in cells["write-here"].source and "write-here" in cells["write-here"].metadata["tags"]
    assert 'KATAGRAD_REPO = "https://github.com/<you>/katagrad"' in cells["setup"].source
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")  # shipped clean
    order = [cell.id for cell in notebook.cells if cell.cell_type == "code"]
    assert order == ["setup", "statement", "write-here", "check", "hint", "learn", "explain"]


def test_the_starter_notebook_runs_end_to_end_in_a_real_kernel(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("KATAGRAD_HOME", str(home))  # the kernel inherits it: the learner's store is untouched
    notebook, cells = _cells()
    cells["write-here"].source = RIGHT              # the learner's answer, written in
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert f"katagrad found at {ROOT}: nothing to set up." in _text(cells["setup"])
    assert "Gradient descent on f(x) = x²" in _text(cells["statement"])
    assert re.search(r"gd_x_squared: passed \((\d+)/\1 hidden tests\)", _text(cells["check"]))
    assert "Hint 1 of 3 for optimization/gd_x_squared" in _text(cells["hint"])
    assert "## The idea" in _text(cells["learn"]) or "The idea" in _text(cells["learn"])
    assert "Traceback" not in _text(cells["explain"]) and _text(cells["explain"])
    with sqlite3.connect(home / "progress.db") as db:
        assert db.execute("SELECT status, source FROM gradings").fetchall() == [("passed", "notebook")]
        assert db.execute("SELECT kata, tier FROM hints").fetchall() == [("optimization/gd_x_squared", 1)]


def test_the_stub_as_shipped_is_graded_not_started_and_explain_waits(tmp_path, monkeypatch):
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    notebook, cells = _cells()
    notebook.cells = [cells[name] for name in ("setup", "statement", "write-here", "check", "explain")]
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert "not started" in _text(cells["check"])
    assert "explain() shows the reference once your check has passed." in _text(cells["explain"])


def _setup_cell_as_script(tmp_path, repository=None):
    env = {k: v for k, v in os.environ.items() if k != "KATAGRAD_REPO"}
    env["PIP_NO_INDEX"] = "1"  # no download: what the set-up installs is here already (this very environment)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    if repository:
        env["KATAGRAD_REPO"] = repository
    _, cells = _cells()
    return subprocess.run([sys.executable, "-c", cells["setup"].source + "\nimport grader.notebook; print('IMPORTED', grader.notebook.__file__)"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_outside_a_checkout_the_setup_cell_asks_for_the_repository_first(tmp_path):
    run = _setup_cell_as_script(tmp_path)
    assert run.returncode != 0 and "set KATAGRAD_REPO at the top of this cell" in run.stderr
    assert not (tmp_path / "katagrad").exists()


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout: nothing to clone from")
def test_outside_a_checkout_the_setup_cell_clones_installs_and_imports(tmp_path):
    run = _setup_cell_as_script(tmp_path, f"file://{ROOT}")
    assert run.returncode == 0, run.stderr
    clone = (tmp_path / "katagrad").resolve()
    assert f"katagrad cloned into {clone}; installed numpy" in run.stdout
    assert f"IMPORTED {clone / 'grader' / 'notebook.py'}" in run.stdout
    # run again (a second run of the cell in Colab): the clone is found, not made twice
    again = _setup_cell_as_script(tmp_path, f"file://{ROOT}")
    assert f"katagrad found at {clone}: nothing to set up." in again.stdout
