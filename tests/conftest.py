"""Shared fixtures for the project's own tests (the hidden kata tests use grader.plugin)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader import ROOT, manifest, stubs
from grader.cli import KEEP_OUT

# No test reads the learner's katas/ (a solved kata must never turn `make test` red): the
# command line refuses to, under the tests (grader.cli.learner_file). Tests grade the committed
# stubs (stub_files) or work in a copy of the repository (repo_copy), whose katas/ is its own.
os.environ[KEEP_OUT] = str(ROOT / "katas")

# ... and in this process, an audit hook notes every file of katas/ a test opens (the worker
# processes a test forks are not watched: the command line's guard stands for them).
_LEARNER_FOLDER = str(ROOT / "katas") + os.sep
_OPENED: list[str] = []
_PYTEST_PID = os.getpid()


def _note_learner_files(event, args):
    if event == "open" and os.getpid() == _PYTEST_PID and isinstance(args[0], str) \
            and os.path.abspath(args[0]).startswith(_LEARNER_FOLDER):
        _OPENED.append(args[0])


sys.addaudithook(_note_learner_files)


@pytest.fixture(autouse=True)
def _no_test_reads_the_learners_katas():
    """A test that opens a file of the learner's katas/ fails, whatever the file holds: a
    solved kata must never turn `make test` red (CI runs the suite with every reference there)."""
    yield  # what a module's fixtures opened before this test's start counts for this test too
    if _OPENED:
        opened = sorted(set(_OPENED))
        _OPENED.clear()
        pytest.fail(f"this test read the learner's katas/ ({', '.join(opened[:3])}): grade the committed "
                    "stubs (the stub_files fixture) or work in a copy of the repository (repo_copy)", pytrace=False)


@pytest.fixture
def katagrad_home(tmp_path, monkeypatch):
    """A private progress store, so tests never touch the learner's .katagrad/."""
    home = tmp_path / "home"
    monkeypatch.setenv("KATAGRAD_HOME", str(home))
    return home


def committed_stubs(folder: Path) -> dict:
    """Write every kata's stub as committed (not the learner's file in katas/, which holds their
    work) under folder/katas/; returns {kata id: path}. Outside a git checkout: the stub
    generated from the solution, which is what the committed one must be."""
    written = {}
    for kata in manifest.load():
        try:
            text = stubs.committed_text(kata.stub_path, ROOT)
        except stubs.NotACheckout:
            text = None
        if text is None:
            text = stubs.make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id)
        path = folder / "katas" / f"{kata.id}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written[kata.id] = path
    return written


def copy_repo(copy: Path) -> Path:
    """The repository's working parts copied to `copy`, with katas/ holding the committed stubs."""
    copy.mkdir()
    for name in ("grader", "solutions", "tests", "katas.toml", "pyproject.toml", "README.md", "Makefile"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    committed_stubs(copy)
    return copy


@pytest.fixture
def repo_copy(tmp_path, monkeypatch):
    """A copy of the repository's working parts, for commands that write into katas/."""
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    return copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def stub_files(tmp_path_factory) -> dict:
    """{kata id: path of its committed stub}, in a private folder: tests that grade stubs grade these."""
    return committed_stubs(tmp_path_factory.mktemp("committed"))


def run_grader(*args, cwd=ROOT, input=None, env=None):
    """`python -m grader ARGS` as a user runs it; returns the CompletedProcess."""
    import os
    return subprocess.run([sys.executable, "-m", "grader", *args], cwd=cwd, capture_output=True,
                          text=True, input=input, timeout=300, env={**os.environ, **(env or {})})


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`make test`: --dist loadgroup), a module's tests stay on one worker, so a
    module-scoped fixture (a grading session, a kata's target) is built once; tests that name their
    own group (the catalogue's, one group per track) keep it."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
