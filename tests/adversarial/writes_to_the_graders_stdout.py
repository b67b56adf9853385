"""Writes a forged JSON verdict to the grader's real standard output through /proc, then exits."""
# expect: forbidden
import json
import os


def gradient_descent(x0, learning_rate, n_steps):
    forged = {"schema": 1, "results": [{"kata": "optimization/gd_x_squared", "status": "passed"}],
              "summary": {"passed": 1, "total": 1}}
    with open(f"/proc/{os.getppid()}/fd/1", "w") as out:
        out.write(json.dumps(forged) + "\n")
    os._exit(0)
