"""Returns numpy integers (from np.flatnonzero) in a tuple: still ints, still accepted."""
import numpy as np


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if not len(val_losses):
        raise ValueError("empty")
    improved = []
    best = np.inf
    for loss in val_losses:
        improved.append(bool(loss < best - min_delta))
        if improved[-1]:
            best = loss
    improved = np.array(improved)
    since = 0
    for e in range(len(improved)):
        since = 0 if improved[e] else since + 1
        if since == patience:
            return (np.flatnonzero(improved[:e + 1])[-1], np.int64(e))
    return (np.flatnonzero(improved)[-1], np.int64(len(improved) - 1))
