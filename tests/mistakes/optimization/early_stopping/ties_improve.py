"""Ties improve: it uses ≤ instead of <, so a loss equal to the best resets the wait.

An epoch improves only if its loss is strictly below best − min_delta: a plateau at the same
value is exactly what early stopping should stop.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, e
    return best_epoch, len(val_losses) - 1
