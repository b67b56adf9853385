"""Writes a passing grading for every kata straight into the progress store with sqlite3, whose
file I/O the audit hook never sees; the refusal is caught and a wrong answer returned."""
# expect: failed
import os
import sqlite3
import sys
import time

import numpy as np

repo = os.path.dirname(os.path.dirname(sys.modules["gra" + "der"].__file__))
for home in (os.environ.get("KATAGRAD_HOME"), os.path.join(repo, ".katagrad")):
    if not home:
        continue
    try:
        db = sqlite3.connect(os.path.join(home, "progress.db"))
        db.execute("INSERT INTO gradings (kata, status, tests_passed, tests_total, seconds, graded_at, "
                   "file_sha256) VALUES ('optimization/adam', 'passed', 9, 9, 0.1, ?, '')", (time.time(),))
        db.commit()
    except sqlite3.Error:
        pass


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
