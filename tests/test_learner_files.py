"""katas/ is the learner's: solving katas never turns the project's own checks against them."""
import os
import shutil
import subprocess
import sys

import pytest

from grader import manifest
from tests.conftest import copy_repo

KATA = manifest.load()[0]


def _git(repo, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True,
                   capture_output=True)


def _checkout_with_a_solved_kata(tmp_path):
    repo = copy_repo(tmp_path / "repo")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "as shipped")
    solved = repo / "katas" / f"{KATA.id}.py"
    solved.write_text((repo / "solutions" / f"{KATA.id}.py").read_text())
    return repo, solved


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_solved_kata_keeps_make_test_green_and_make_stubs_refuses(tmp_path):
    repo, solved = _checkout_with_a_solved_kata(tmp_path)
    mine = solved.read_text()
    env = {**os.environ, "KATAGRAD_HOME": str(tmp_path / "home"), "KATAGRAD_CHECK": KATA.id}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_catalogue.py",
                           "tests/test_cli.py::test_untouched_stub_grades_not_started_and_reads_as_a_todo_list"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "drifted" not in proc.stdout and "make stubs" not in proc.stdout

    proc = subprocess.run([sys.executable, "-m", "grader.stubs"], cwd=repo, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert solved.read_text() == mine  # refused
    refusal = [line for line in proc.stdout.splitlines() if "left 1 file" in line]
    assert len(refusal) == 1 and f"katas/{KATA.id}.py" in refusal[0], proc.stdout
    assert "--force" not in proc.stdout  # never suggests overwriting the learner's work

    proc = subprocess.run([sys.executable, "-m", "grader.stubs", "--force"], cwd=repo, capture_output=True,
                          text=True, env=env)
    assert "NotImplementedError" in solved.read_text()
    backups = list((tmp_path / "home" / "backups").rglob("*.py"))
    assert [b.read_text() for b in backups] == [mine] and str(backups[0]) in proc.stdout


def test_outside_a_git_checkout_the_drift_check_skips_with_a_reason(tmp_path):
    repo = copy_repo(tmp_path / "repo")
    env = {**os.environ, "KATAGRAD_HOME": str(tmp_path / "home"), "KATAGRAD_CHECK": KATA.id,
           "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           "tests/test_catalogue.py::test_stub_is_generated_from_solution"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "not a git checkout" in proc.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_make_test_stays_green_with_every_kata_solved(tmp_path):
    """CI's check, on the tests that grade stubs: every reference copied into katas/ (a learner
    who solved everything), and the tests that grade, run and plot unfinished katas still pass:
    they use the committed stubs, never katas/ (tests/conftest.py fails a test that opens it)."""
    repo, _ = _checkout_with_a_solved_kata(tmp_path)
    for kata in manifest.load():
        (repo / "katas" / f"{kata.id}.py").write_text((repo / "solutions" / f"{kata.id}.py").read_text())
    env = {**os.environ, "KATAGRAD_HOME": str(tmp_path / "home"), "KATAGRAD_CHECK": KATA.id}
    env.pop("KATAGRAD_TESTS_KEEP_OUT", None)  # the copy's conftest names its own katas/
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_catalogue.py", "tests/test_run.py::test_run_shows_got_and_expected_for_a_stub",
                           "tests/test_plot.py::test_an_unfinished_kata_says_why_there_is_no_plot",
                           "tests/test_plot.py::test_a_training_plot_of_an_unwritten_stub_says_what_to_do",
                           "tests/test_cli.py", "-k", "not narrow and not no_color"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:]
