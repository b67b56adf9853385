"""`make gradescope-bundle`: the zip a Gradescope autograder is made from.

The zip holds the grader, the catalogue, the references, stubs and hidden tests, and
Gradescope's two entry points: `setup.sh` (run once when the image is built: makes a virtualenv
from the image's `python3`, installs the core dependencies, then grades the assignment's
references once, so an image that cannot grade fails to build, loudly, instead of scoring every
student 0) and `run_autograder` (run for each submission: grades the files in
/autograder/submission, writes /autograder/results/results.json). Which katas make the
assignment, and when results are shown, are fixed when the bundle is built.

The grader runs on Python 3.10 and later: Gradescope's default base image (Ubuntu 22.04) has
3.10, where `tomllib` is missing, so setup.sh installs `tomli` there.
"""
from __future__ import annotations

import shlex
import stat
import sys
import zipfile
from pathlib import Path

from grader import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # the grader's own Python 3.10 support (see grader/manifest.py)
    import tomli as tomllib

INCLUDED = ("grader", "solutions", "tests/katas", "tests/mistakes", "katas", "katas.toml", "pyproject.toml")
OLDEST_PYTHON = (3, 10)

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image. Any failure stops the build
# with a message: better than an image that scores every submission 0.
set -euo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
PYTHON="${{KATAGRAD_SETUP_PYTHON:-python3}}"
fail() {{ echo "katagrad setup FAILED: $*" >&2; exit 1; }}
if ! command -v "$PYTHON" >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y python3 python3-venv python3-pip
fi
command -v "$PYTHON" >/dev/null 2>&1 || fail "no $PYTHON on this image: pick Gradescope's Ubuntu 22.04 base image or later"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < {oldest})' \\
  || fail "the grader needs Python {oldest_text} or later; this image has $("$PYTHON" --version 2>&1): pick Gradescope's Ubuntu 22.04 base image or later"
if ! "$PYTHON" -m venv "$ROOT/venv"; then
  command -v apt-get >/dev/null 2>&1 && apt-get install -y python3-venv
  rm -rf "$ROOT/venv"
  "$PYTHON" -m venv "$ROOT/venv" || fail "could not make a virtualenv with $PYTHON (install python3-venv)"
fi
"$ROOT/venv/bin/python" -m pip install --quiet --disable-pip-version-check {requirements} \\
  || fail "could not install the grader's dependencies"
# the assignment's references must pass here, on this image, before any student is graded
cd "$ROOT/source"
"$ROOT/venv/bin/python" -m grader grade --solutions {katas} --seed {seed} --json > "$ROOT/katagrad-selfcheck.json" \\
  || fail "the references did not pass on this image (see $ROOT/katagrad-selfcheck.json)"
echo "katagrad setup: Python $("$ROOT/venv/bin/python" --version 2>&1 | cut -d' ' -f2), the references of {count} kata(s) pass"
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for each submission: grade it, write results/results.json.
set -uo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
PYTHON="${{KATAGRAD_PYTHON:-$ROOT/venv/bin/python}}"
mkdir -p "$ROOT/results"
rm -f "$ROOT/results/results.json"
cd "$ROOT/source"
"$PYTHON" -m grader grade --submission "$ROOT/submission" {katas} --seed {seed} \\
    --format gradescope --hidden-details {visibility} --output "$ROOT/results/results.json"
status=$?
# the grader exits 0 once it has written the results; anything else is the grader's own failure
if [ $status -ne 0 ] || [ ! -s "$ROOT/results/results.json" ]; then
  printf '{{"score": 0, "output": "The autograder could not grade this submission (exit %s). Please tell your instructor.", "output_format": "text", "tests": []}}\\n' "$status" > "$ROOT/results/results.json"
fi
exit 0
"""


def requirements() -> list[str]:
    """The core dependencies as pyproject.toml lists them, and tomli where Python lacks tomllib."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], 'tomli>=1.1; python_version < "3.11"']


def build(out: Path, katas: list[str], visibility: str = "visible", seed: int = 0) -> Path:
    """Write the bundle zip to `out`; returns it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    quoted = " ".join(shlex.quote(k) for k in katas)
    setup = SETUP.format(oldest=OLDEST_PYTHON, oldest_text=".".join(map(str, OLDEST_PYTHON)),
                         requirements=" ".join(shlex.quote(r) for r in requirements()),
                         katas=quoted, seed=int(seed), count=len(katas))
    run = RUN.format(katas=quoted, seed=int(seed), visibility=shlex.quote(visibility))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in INCLUDED:
            source = ROOT / name
            paths = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
            for path in paths:
                if "__pycache__" in path.parts:
                    continue
                archive.write(path, path.relative_to(ROOT).as_posix())
        for name, text in (("setup.sh", setup), ("run_autograder", run)):
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | 0o755) << 16
            archive.writestr(info, text)
    return out
