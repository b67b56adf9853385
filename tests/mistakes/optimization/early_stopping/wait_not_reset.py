"""The wait is not reset on improvement: it counts every epoch without improvement since the start.

Patience counts epochs IN A ROW without improvement: set wait = 0 whenever the loss improves.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, e
        else:
            wait += 1
            if wait == patience:
                return best_epoch, e
    return best_epoch, len(val_losses) - 1
