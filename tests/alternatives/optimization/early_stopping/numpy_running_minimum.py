"""Index-based while loop over a float array, with the wait measured as epochs since the best."""
import numpy as np


def early_stopping(val_losses, *, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=float)
    if losses.size == 0:
        raise ValueError("need at least one validation loss")
    best_epoch, best = -1, np.inf  # epoch −1: before training, nothing is best yet
    e = 0
    while e < losses.size:
        if losses[e] < best - min_delta:
            best_epoch, best = e, losses[e]
        elif e - best_epoch == patience:
            return max(best_epoch, 0), e
        e += 1
    return max(best_epoch, 0), int(losses.size - 1)
