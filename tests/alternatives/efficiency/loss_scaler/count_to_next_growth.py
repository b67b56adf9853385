"""Counts down the successful steps left before the next growth; growth_tracker derived from it as a property."""
import math

import numpy as np


class LossScaler:
    def __init__(self, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
        self.scale = float(init_scale)
        self._up, self._down = growth_factor, backoff_factor
        self._interval = growth_interval
        self._left = growth_interval           # good steps still needed before the next growth

    @property
    def growth_tracker(self):
        return int(self._interval - self._left)

    def scale_loss(self, loss):
        return loss * self.scale

    def step(self, params, scaled_grads, learning_rate):
        unscaled = [g / self.scale for g in np.ravel(scaled_grads).tolist()]
        if any(math.isinf(g) or math.isnan(g) for g in unscaled):
            self.scale = self.scale * self._down
            self._left = self._interval
            return np.array(params, dtype=float)
        out = np.array(params, dtype=float) - learning_rate * np.array(unscaled).reshape(np.shape(params))
        self._left -= 1
        if self._left == 0:
            self.scale = self.scale * self._up
            self._left = self._interval
        return out
