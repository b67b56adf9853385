"""min_delta applied the wrong way: loss < best + min_delta, so slightly WORSE losses count as improvements.

min_delta raises the bar: the loss must beat the best by more than min_delta,
loss < best − min_delta.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best + min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, e
    return best_epoch, len(val_losses) - 1
