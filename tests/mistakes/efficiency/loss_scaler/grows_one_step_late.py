"""Grows only when the count EXCEEDS growth_interval (>, not ==): the scale grows one step late.

With growth_interval = 3 the scale grows on the 3rd successful step in a row, and the count goes back to 0.
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
        grads = np.asarray(scaled_grads, dtype=np.float64) / self.scale
        if not np.all(np.isfinite(grads)):
            self.scale *= self.backoff_factor
            self.growth_tracker = 0
            return params.copy()
        new_params = params - learning_rate * grads
        self.growth_tracker += 1
        if self.growth_tracker > self.growth_interval:
            self.scale *= self.growth_factor
            self.growth_tracker = 0
        return new_params
