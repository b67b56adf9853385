"""σ(x) = exp(−softplus(−x)) with softplus(z) = max(z, 0) + log1p(exp(−|z|))."""
import numpy as np


def sigmoid(x):
    scalar = not isinstance(x, np.ndarray)
    z = -np.asarray(x, dtype=np.float64)
    with np.errstate(invalid="ignore"):   # inf - inf for z = ±inf is handled below
        softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))
    softplus = np.where(np.isinf(z), np.maximum(z, 0.0), softplus)
    out = np.exp(-softplus)
    return float(out) if scalar else np.array(out, dtype=np.float64)
