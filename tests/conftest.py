"""Shared fixtures for the project's own tests (the hidden kata tests use grader.plugin)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader import ROOT


@pytest.fixture
def katagrad_home(tmp_path, monkeypatch):
    """A private progress store, so tests never touch the learner's .katagrad/."""
    home = tmp_path / "home"
    monkeypatch.setenv("KATAGRAD_HOME", str(home))
    return home


@pytest.fixture
def repo_copy(tmp_path, monkeypatch):
    """A copy of the repository's working parts, for commands that write into katas/."""
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("grader", "katas", "solutions", "tests", "katas.toml", "pyproject.toml", "README.md"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    return copy


def run_grader(*args, cwd=ROOT, input=None, env=None):
    """`python -m grader ARGS` as a user runs it; returns the CompletedProcess."""
    import os
    return subprocess.run([sys.executable, "-m", "grader", *args], cwd=cwd, capture_output=True,
                          text=True, input=input, timeout=300, env={**os.environ, **(env or {})})
