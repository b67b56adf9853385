"""A plain Python function for one number, applied entry by entry."""
import math

import numpy as np


def _one(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def sigmoid(x):
    if isinstance(x, np.ndarray):
        return np.array([_one(float(v)) for v in x.ravel()], dtype=np.float64).reshape(x.shape)
    return _one(float(x))
