"""One formula for both signs: e = exp(−|x|) ≤ 1, then np.where picks 1/(1 + e) or e/(1 + e)."""
import numpy as np


def sigmoid(x):
    scalar = not isinstance(x, np.ndarray)
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    out = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return float(out) if scalar else out
