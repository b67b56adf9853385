"""Updates the scale first and unscales with the NEW scale: on a growth step the gradients come out halved.

The gradients of this step were scaled by the scale in force when the loss was scaled: divide by it,
then update the scale for the next step.
"""
import numpy as np


class LossScaler:
    def __init__(self, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
        self.scale = float(init_scale)
        self.growth_factor = float(growth_factor)
        self.backoff_factor = float(backoff_factor)
        self.growth_interval = int(growth_interval)
        self.growth_tracker = 0

    def scale_loss(self, loss):
        return float(loss) * self.scale

    def step(self, params, scaled_grads, learning_rate):
        params = np.asarray(params, dtype=np.float64)
        raw = np.asarray(scaled_grads, dtype=np.float64)
        if not np.all(np.isfinite(raw)):
            self.scale *= self.backoff_factor
            self.growth_tracker = 0
            return params.copy()
        self.growth_tracker += 1
        if self.growth_tracker == self.growth_interval:
            self.scale *= self.growth_factor
            self.growth_tracker = 0
        return params - learning_rate * raw / self.scale
