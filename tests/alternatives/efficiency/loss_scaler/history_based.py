"""Keeps the outcome of every step and derives the count of good steps since the last scale change from it."""
import numpy as np


class LossScaler:
    def __init__(self, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
        self.scale = float(init_scale)
        self.growth_factor = growth_factor
        self.backoff_factor = backoff_factor
        self.growth_interval = growth_interval
        self.growth_tracker = 0
        self.outcomes = []                     # True for an applied step, False for a skipped one

    def scale_loss(self, loss):
        return float(loss * self.scale)

    def step(self, params, scaled_grads, learning_rate):
        grads = np.divide(scaled_grads, self.scale, dtype=np.float64)
        overflow = bool(np.isnan(grads).any() or np.isinf(grads).any())
        self.outcomes.append(not overflow)
        if overflow:
            result = np.copy(params).astype(np.float64)
            self.scale = self.scale * self.backoff_factor
        else:
            result = params - learning_rate * grads
        # successful steps at the end of the history, since the last change of scale
        run = 0
        for ok in reversed(self.outcomes):
            if not ok:
                break
            run += 1
        if run == self.growth_interval:
            self.scale = self.scale * self.growth_factor
            self.outcomes = []                 # a growth restarts the count, like a back-off
            run = 0
        self.growth_tracker = run
        return result
