"""katagrad: machine-learning interview katas and the grader that checks them.

The library works without the command line: `grader.grading.grade` grades files,
`grader.manifest.load` reads the catalogue.
"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def home() -> Path:
    """Where this machine's state lives: the progress store, calibration, caches."""
    return Path(os.environ.get("KATAGRAD_HOME") or ROOT / ".katagrad")

# One BLAS thread, set before numpy is first imported by the grader (the learner's workers share
# this process's numpy, or a fork server's started with this environment): workers start faster,
# and results do not depend on the machine. A value the user set is kept.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
del _var
