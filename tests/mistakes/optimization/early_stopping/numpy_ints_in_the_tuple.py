"""Returns numpy integers (from np.flatnonzero) in the tuple, where the statement asks for two ints.

np.int64 is not a Python int: `type(x) is int` says no and json cannot write it. Convert with
int(...) before returning (the grader's rule for numbers, in README: "How grading works").
"""
import numpy as np

NAMED_BY_MESSAGE = "convert with int(...)"


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
            return (_last(improved[:e + 1]), np.int64(e))
    return (_last(improved), np.int64(len(improved) - 1))


def _last(improved):
    """The last epoch that improved, or 0 when none did."""
    found = np.flatnonzero(improved)
    return found[-1] if found.size else np.int64(0)
