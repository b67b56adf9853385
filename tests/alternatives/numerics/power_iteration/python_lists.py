"""Plain Python lists and math: matrix-vector product, norm and Rayleigh quotient written out."""
import math

import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    rows = A.astype(float).tolist()
    d = len(rows)
    v = [1.0 / math.sqrt(d)] * d

    def times(vec):
        return [sum(a * b for a, b in zip(row, vec)) for row in rows]

    done = 0
    for _ in range(max_iter):
        done += 1
        w = times(v)
        norm = math.sqrt(sum(x * x for x in w))
        if norm == 0.0:
            return 0.0, np.array(v), done
        w = [x / norm for x in w]
        big = max(range(d), key=lambda i: (abs(w[i]), -i))
        if w[big] < 0:
            w = [-x for x in w]
        change = math.sqrt(sum((a - b) ** 2 for a, b in zip(w, v)))
        v = w
        if change <= tol:
            break
    value = sum(a * b for a, b in zip(v, times(v)))
    return float(value), np.array(v, dtype=np.float64), done
