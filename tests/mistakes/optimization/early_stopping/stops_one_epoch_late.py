"""Stops one epoch late: it stops when wait > patience instead of when wait reaches patience.

With patience p, training stops at the p-th epoch in a row without improvement: test
wait == patience right after incrementing.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait > patience:
                return best_epoch, e
    return best_epoch, len(val_losses) - 1
