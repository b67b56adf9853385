"""The gain is computed as best − loss and compared with min_delta, which rounds differently from the stated loss < best − min_delta.

In float64, 0.2 − 0.19 is 0.010000000000000009, so a gain of exactly min_delta = 0.01 counts as an
improvement. Use the comparison exactly as stated: loss < best − min_delta.
"""
import math


def early_stopping(val_losses, *, patience, min_delta=0.0):
    if len(val_losses) == 0:
        raise ValueError("val_losses is empty")
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        # Strictly better by more than min_delta: ties and tiny gains do not reset the wait.
        if best - loss > min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, epoch
    return best_epoch, len(val_losses) - 1
