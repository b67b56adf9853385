"""Dynamic loss scaling for fp16 training, as torch.cuda.amp.GradScaler.

Task
    fp16 gradients underflow to 0 when they are small, so mixed-precision training multiplies
    the loss by a large scale before backward (every gradient is then scaled by the same
    factor), divides the gradients by it before the optimizer step, and adapts the scale: too
    large and the scaled gradients overflow to inf or nan. Write a class `LossScaler` that does
    this around a plain SGD step:

        scaler = LossScaler()                          # GradScaler's defaults
        scaled = scaler.scale_loss(loss)               # loss · scale, then backward on it
        params = scaler.step(params, scaled_grads, learning_rate)

    step(params, scaled_grads, learning_rate), in this order:
      1. grads = scaled_grads / scale, with the CURRENT scale (float64 division).
      2. If any entry of grads is inf, -inf or nan: SKIP the step (return params unchanged,
         as a new array), scale ← scale · backoff_factor, growth_tracker ← 0.
      3. Otherwise: return params − learning_rate · grads, and growth_tracker ← growth_tracker + 1;
         when growth_tracker reaches growth_interval: scale ← scale · growth_factor and
         growth_tracker ← 0.
    So growth_interval counts SUCCESSFUL steps in a row: a skipped step resets the count, and
    with growth_interval = 3 the scale grows on the 3rd successful step after the last growth
    or back-off (its own gradients are still divided by the old scale). The scale has no
    floor and no ceiling.

Signature
    class LossScaler:
        LossScaler(init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000)
        .scale                   a float: the current scale (init_scale at first)
        .growth_tracker          an int: successful steps since the last growth or back-off (0 at first)
        .scale_loss(loss)        loss a float; returns the float loss · scale
        .step(params, scaled_grads, learning_rate)
                                 params, scaled_grads: float64 arrays of one shape; learning_rate a float;
                                 returns a NEW float64 array (the updated, or unchanged, params)

Shapes and types
    params and scaled_grads are 1-D or 2-D float64 arrays of the same shape; the arguments are
    not modified, and step never returns params itself. init_scale > 0, growth_factor > 1,
    0 < backoff_factor < 1 and growth_interval ≥ 1 (an int): arguments are valid (no need to
    check).

Example
    >>> scaler = LossScaler(init_scale=8.0, growth_interval=2)
    >>> scaler.scale_loss(0.5)
    4.0
    >>> scaler.step(np.array([1.0, 2.0]), np.array([8.0, -4.0]), 0.1)    # grads [1, -0.5]
    array([0.9 , 2.05])
    >>> scaler.growth_tracker, scaler.scale
    (1, 8.0)
    >>> scaler.step(np.array([1.0, 2.0]), np.array([np.inf, 0.0]), 0.1)  # skipped, backs off
    array([1., 2.])
    >>> scaler.growth_tracker, scaler.scale
    (0, 4.0)

Constraints
    Plain Python and numpy only. The hidden tests use at most 40 steps per scenario and arrays
    of at most 6 entries; scaled gradients may hold inf, -inf and nan.

    Coming from PyTorch: GradScaler(init_scale=2.**16, growth_factor=2.0, backoff_factor=0.5,
    growth_interval=2000) has these defaults and this update rule (scaler.update() after
    scaler.step(optimizer)); it multiplies by a float32 reciprocal of the scale where this kata
    divides in float64, and it keeps the scale in a tensor.

Time budget: 20 minutes.
"""
import numpy as np


class LossScaler:
    def __init__(self, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
        # BEGIN SOLUTION
        # Complexity: O(1) here; step is O(n) time and memory (n parameters).
        self.scale = float(init_scale)
        self.growth_factor = float(growth_factor)
        self.backoff_factor = float(backoff_factor)
        self.growth_interval = int(growth_interval)
        self.growth_tracker = 0
        # END SOLUTION

    def scale_loss(self, loss):
        # BEGIN SOLUTION
        return float(loss) * self.scale
        # END SOLUTION

    def step(self, params, scaled_grads, learning_rate):
        # BEGIN SOLUTION
        params = np.asarray(params, dtype=np.float64)
        grads = np.asarray(scaled_grads, dtype=np.float64) / self.scale   # the scale before any update
        if not np.all(np.isfinite(grads)):
            # Overflow: skip the update, back off, and restart the count of good steps.
            self.scale *= self.backoff_factor
            self.growth_tracker = 0
            return params.copy()
        new_params = params - learning_rate * grads
        self.growth_tracker += 1
        if self.growth_tracker == self.growth_interval:
            self.scale *= self.growth_factor
            self.growth_tracker = 0
        return new_params
        # END SOLUTION
