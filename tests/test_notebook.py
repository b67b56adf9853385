"""Grading from a notebook, in a real Jupyter kernel: a cell that fails, then one that passes."""
import json
import sqlite3

import pytest

from grader import ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebook extra (nbformat, nbclient, ipykernel) is not installed: make test installs it")
nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed: make test installs it")
pytest.importorskip("ipykernel", reason="the notebook extra is not installed: make test installs it")

WRONG = '''
def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        trajectory.append(trajectory[-1] + learning_rate * 2 * trajectory[-1])
    return np.array(trajectory)
'''
RIGHT = WRONG.replace("trajectory[-1] + learning_rate", "trajectory[-1] - learning_rate")


def test_a_notebook_fails_then_passes_in_a_real_kernel(tmp_path):
    home = tmp_path / "home"
    cells = [
        f"import os, sys\nsys.path.insert(0, {str(ROOT)!r})\nos.environ['KATAGRAD_HOME'] = {str(home)!r}\nimport numpy as np",
        "from grader.notebook import check, hint",
        WRONG + "\nfirst = check('gd_x_squared', gradient_descent)\nprint('STATUS', first.status)\nfirst",
        "hint('gd_x_squared')",  # the cell's value: shown once (it was printed and shown)
        RIGHT + "\nsecond = check('gd_x_squared', gradient_descent)\nprint('STATUS', second.status)",
        "%load_ext grader.notebook",
        "%%kata gd_x_squared\nimport numpy as np\n" + RIGHT,
    ]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [" ".join(o.get("text", "") + json.dumps(o.get("data", {})) for o in cell.outputs)
               for cell in notebook.cells]
    assert "STATUS failed" in outputs[2] and "Sign flip" in outputs[2]      # the known mistake named
    assert "text/html" in outputs[2]                                      # rendered for the notebook
    assert outputs[3].count("Hint 1 of") == 1 and "'Hint 1" not in outputs[3]   # once, not as a quoted str
    assert "STATUS passed" in outputs[4]
    assert "passed" in outputs[6]
    with sqlite3.connect(home / "progress.db") as db:
        statuses = [row[0] for row in db.execute("SELECT status FROM gradings WHERE source = 'notebook' ORDER BY id")]
    assert statuses == ["failed", "passed", "passed"]


def test_a_notebook_grading_is_isolated_like_a_file(tmp_path, monkeypatch):
    """The source is graded in a sandboxed worker: code that reads the references is forbidden."""
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    from grader.notebook import grade_source
    hostile = f"open({str(ROOT / 'solutions' / 'optimization' / 'gd_x_squared.py')!r}).read()\n" + RIGHT
    assert grade_source("gd_x_squared", "import numpy as np\n" + hostile).status == "forbidden"


def test_a_notebook_grading_leaves_no_file_behind(tmp_path, monkeypatch):
    """The cell's code is graded from a file in a folder of its own, removed once graded (a
    learner's code left in the temporary folder, one folder per check, is what this caught)."""
    import tempfile
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    from grader.notebook import grade_source
    assert grade_source("gd_x_squared", "import numpy as np\n" + RIGHT).status == "passed"
    assert grade_source("gd_x_squared", "def gradient_descent(:\n").status == "error"
    assert [p.name for p in scratch.iterdir() if p.name.startswith("katagrad-notebook-")] == []
