"""Returns 1-based epoch numbers (the first epoch is 1) instead of 0-based ones.

Epochs are counted from 0, like the indices of val_losses: the first epoch is epoch 0.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 1, 0
    for e, loss in enumerate(val_losses, start=1):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, e
    return best_epoch, len(val_losses)
