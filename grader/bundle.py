"""`make gradescope-bundle`: the zip a Gradescope autograder is made from.

The zip holds the grader, the catalogue, the references and hidden tests, and Gradescope's two
entry points: `setup.sh` (run once when the image is built: installs Python's core
dependencies) and `run_autograder` (run for each submission: grades the files in
/autograder/submission, writes /autograder/results/results.json). Which katas make the
assignment, and when hidden tests' details are shown, are fixed when the bundle is built.
"""
from __future__ import annotations

import shlex
import stat
import zipfile
from pathlib import Path

from grader import ROOT

INCLUDED = ("grader", "solutions", "tests/katas", "tests/mistakes", "katas", "katas.toml", "pyproject.toml")

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image.
set -euo pipefail
apt-get install -y python3 python3-pip python3-venv >/dev/null 2>&1 || true
cd "$(dirname "$0")"
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install --quiet numpy pytest pytest-timeout
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for each submission: grade it, write results/results.json.
set -uo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
PYTHON="${{KATAGRAD_PYTHON:-$ROOT/venv/bin/python}}"
mkdir -p "$ROOT/results"
cd "$ROOT/source"
"$PYTHON" -m grader grade --submission "$ROOT/submission" {katas} --seed {seed} \\
    --format gradescope --hidden-details {visibility} --output "$ROOT/results/results.json"
status=$?
# exit 1 means "not every kata passed": a normal grading. Anything else is the grader's failure.
if [ $status -gt 1 ] || [ ! -s "$ROOT/results/results.json" ]; then
  printf '{{"score": 0, "output": "The autograder could not grade this submission (exit %s). Please tell your instructor.", "tests": []}}\\n' "$status" > "$ROOT/results/results.json"
fi
exit 0
"""


def build(out: Path, katas: list[str], visibility: str = "visible", seed: int = 0) -> Path:
    """Write the bundle zip to `out`; returns it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    run = RUN.format(katas=" ".join(shlex.quote(k) for k in katas), seed=int(seed),
                     visibility=shlex.quote(visibility))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in INCLUDED:
            source = ROOT / name
            paths = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
            for path in paths:
                if "__pycache__" in path.parts:
                    continue
                archive.write(path, path.relative_to(ROOT).as_posix())
        for name, text in (("setup.sh", SETUP), ("run_autograder", run)):
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | 0o755) << 16
            archive.writestr(info, text)
    return out
