"""np.where on the mask, u from rng.uniform(0, 1) (the same stream as rng.random), backward through the forward."""
import numpy as np


def dropout(x, *, p, training, seed):
    if not (0.0 <= p <= 1.0):
        raise ValueError(f"dropout probability {p} is not in [0, 1]")
    if not training:
        return x + 0.0
    u = np.random.default_rng(seed).uniform(0.0, 1.0, size=x.shape)
    if p == 1.0:
        return np.zeros(x.shape, dtype=np.float64)
    return np.where(u >= p, x / (1.0 - p), 0.0)


def dropout_backward(dout, *, p, training, seed):
    # dropout is linear in its input: its backward is itself.
    return dropout(dout, p=p, training=training, seed=seed)
