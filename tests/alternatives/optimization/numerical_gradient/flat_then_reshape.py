"""Walk a flattened copy with .flat indices, evaluate f on the reshaped copy, reshape the result."""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = x.astype(float).copy()
    out = []
    for i in range(work.size):
        saved = work.flat[i]
        work.flat[i] = saved + h
        up = f(work)
        work.flat[i] = saved - h
        down = f(work)
        work.flat[i] = saved
        out.append((up - down) / (2 * h))
    return np.array(out, dtype=float).reshape(x.shape)
