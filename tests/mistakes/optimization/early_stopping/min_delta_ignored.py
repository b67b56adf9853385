"""min_delta ignored: any lower loss counts as an improvement, however small the gain.

An epoch improves only if loss < best − min_delta: gains of min_delta or less do not reset
the wait.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, e
    return best_epoch, len(val_losses) - 1
