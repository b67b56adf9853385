"""`python -m grader run KATA`: the statement's examples on the learner's code, isolated."""
import pytest

from grader import manifest, run
from tests.conftest import run_grader

CATALOGUE = manifest.load()


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda k: k.id)
def test_every_statement_example_runs_isolated_on_the_reference(entry):
    """The examples run in the learner's sandbox (no grader helpers imported) and hold for the reference."""
    kata = entry
    results = run.run(kata, kata.solution_path)
    assert results, f"{kata.id}: no examples"
    failing = [r for r in results if not r.passed]
    assert not failing, f"{kata.id}: {failing[0].source!r} gave {failing[0].got!r}, expected {failing[0].want!r}"


def test_run_shows_got_and_expected_for_a_stub(katagrad_home, stub_files):
    proc = run_grader("run", "gd_x_squared", "--file", str(stub_files["optimization/gd_x_squared"]))
    assert proc.returncode == 1
    assert "expected:" in proc.stdout and "got:" in proc.stdout and "NotImplementedError" in proc.stdout


def test_run_passes_on_a_correct_file_and_grades_nothing(katagrad_home):
    proc = run_grader("run", "gd_x_squared", "--file", str(CATALOGUE.resolve("gd_x_squared").solution_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "as expected" in proc.stdout
    assert not (katagrad_home / "progress.db").exists()  # run records nothing


def test_run_keeps_the_sandbox(katagrad_home, tmp_path):
    """An example run is isolated like grading: code that reads the references is refused."""
    hostile = tmp_path / "hostile.py"
    hostile.write_text("import os\nopen(os.path.join(os.environ.get('PWD', '.'), 'solutions/optimization/gd_x_squared.py'))\n")
    proc = run_grader("run", "gd_x_squared", "--file", str(hostile))
    assert proc.returncode == 1
    assert "forbidden" in proc.stdout or "error" in proc.stdout


def test_run_compares_like_grade(tmp_path, katagrad_home):
    """np.float64(0.75) where the statement prints 0.75 is what `grade` accepts (np.float64 is a
    float): `run` says "as expected" too. np.int64(3) is not the int 3, in both."""
    assert run.same_output("0.75\n", "np.float64(0.75)\n")
    assert run.same_output("[1.0, 0.1]\n", "[1.0, 0.10000000000000002]\n")
    assert not run.same_output("[1.0, 2.0]\n", "[1.0, 2.1]\n")
    assert not run.same_output("3\n", "np.int64(3)\n") and not run.same_output("1\n", "1.0\n")
    kata = CATALOGUE.resolve("lr_schedules")
    source = kata.solution_path.read_text()
    source += "\n\nimport numpy as _np\n_step = step_decay\n\ndef step_decay(*args, **kwargs):\n    return _np.float64(_step(*args, **kwargs))\n"
    path = tmp_path / "lr_schedules.py"
    path.write_text(source)
    proc = run_grader("run", "lr_schedules", "--file", str(path))
    assert "np.float64(" in proc.stdout and proc.returncode == 0, proc.stdout
    assert run_grader("grade", "lr_schedules", "--file", str(path), "--seed", "1").returncode == 0
