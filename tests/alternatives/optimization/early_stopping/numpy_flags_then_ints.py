"""Improvement flags in a numpy array, epochs found with np.flatnonzero and converted with int()."""
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
            return (_last(improved[:e + 1]), e)
    return (_last(improved), len(improved) - 1)


def _last(improved):
    """The last epoch that improved, or 0 when none did (a Python int: numpy's are not ints)."""
    found = np.flatnonzero(improved)
    return int(found[-1]) if found.size else 0
