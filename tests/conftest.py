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
