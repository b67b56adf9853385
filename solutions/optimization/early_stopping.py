"""Early stopping with patience.

Task
    Training reports one validation loss per epoch. Decide, epoch by epoch, when to stop:
    keep the best loss seen so far (it starts at +infinity) and a counter `wait`.
    For each epoch e = 0, 1, 2, … in order:

      - the epoch IMPROVES iff val_losses[e] < best − min_delta  (so epoch 0 improves when its
        loss is finite; a tie, or a gain of exactly min_delta or less, is not an improvement);
      - on improvement: best = val_losses[e], best_epoch = e, wait = 0;
      - otherwise: wait += 1, and if wait == patience, stop: stop_epoch = e.

    If it never stops, stop_epoch is the last epoch, len(val_losses) − 1.
    Return (best_epoch, stop_epoch).

    Losses that are not finite follow the same comparison (as in Keras's EarlyStopping):
      - NaN never improves (every comparison with NaN is false): a NaN epoch counts towards the
        wait, wherever it comes, epoch 0 included;
      - +inf and −inf compare as numbers: +inf never improves (best starts at +inf), −inf
        improves on any finite best and is never beaten.
    When no epoch improves at all (every loss NaN or +inf), best_epoch is 0.

Signature
    early_stopping(val_losses, *, patience, min_delta=0.0) -> (best_epoch, stop_epoch)
    `patience` and `min_delta` are passed by keyword.

Shapes and types
    val_losses  a non-empty list or 1-D numpy array of floats
    patience    an int ≥ 1: how many epochs in a row without improvement stop training
    min_delta   a float ≥ 0: how much lower than the best a loss must be to count
    returns     a tuple of two ints (best_epoch, stop_epoch), 0-based epoch numbers

Example
    Epoch 1 sets the best (0.8); epochs 2 and 3 do not beat it, and the wait reaches 2 at epoch 3:

    >>> early_stopping([1.0, 0.8, 0.9, 0.85, 0.7], patience=2)
    (1, 3)
    >>> early_stopping([1.0, 0.8, 0.9, 0.85, 0.7], patience=3)
    (4, 4)

Constraints
    Plain Python or numpy. Raise ValueError for an empty val_losses. Epochs are counted from 0.
    Do not modify val_losses.
    The hidden tests use at most 30 losses.

Time budget: 10 minutes.
"""
import math


def early_stopping(val_losses, *, patience, min_delta=0.0):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(1) extra memory (n validation losses).
    if len(val_losses) == 0:
        raise ValueError("val_losses is empty")
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        # Strictly better by more than min_delta: ties and tiny gains do not reset the wait.
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                return best_epoch, epoch
    return best_epoch, len(val_losses) - 1
    # END SOLUTION
