"""katagrad: machine-learning interview katas and the grader that checks them.

The library works without the command line: `grader.grading.grade` grades files,
`grader.manifest.load` reads the catalogue.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
