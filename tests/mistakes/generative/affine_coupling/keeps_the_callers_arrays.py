"""The layer stores the caller's weight arrays themselves, not copies.

If the caller changes w_s or b_t afterwards (an optimizer step on its own copy, a reused buffer),
the layer changes with it. Copy them in __init__ (np.array(w, dtype=float)).
"""
import numpy as np

NAMED_BY_MESSAGE = "keeps the caller's"


class AffineCoupling:
    def __init__(self, mask, w_s, b_s, w_t, b_t):
        mask = np.array(mask, dtype=np.float64)
        if mask.ndim != 1 or mask.size == 0 or not np.all((mask == 0) | (mask == 1)):
            raise ValueError("mask")
        d = mask.size
        self.mask = mask
        self.w_s, self.w_t = np.asarray(w_s, dtype=np.float64), np.asarray(w_t, dtype=np.float64)
        self.b_s, self.b_t = np.asarray(b_s, dtype=np.float64), np.asarray(b_t, dtype=np.float64)
        if self.w_s.shape != (d, d) or self.w_t.shape != (d, d) or self.b_s.shape != (d,) or self.b_t.shape != (d,):
            raise ValueError("weights")

    def _nets(self, x):
        x_m = x * self.mask
        s = np.tanh(x_m @ self.w_s + self.b_s)
        t = x_m @ self.w_t + self.b_t
        return s, t

    def _check(self, x):
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.mask.size:
            raise ValueError("shape")
        return x

    def forward(self, x):
        x = self._check(x)
        s, t = self._nets(x)
        y = x * self.mask + (1.0 - self.mask) * (x * np.exp(s) + t)
        log_det = (s * (1.0 - self.mask)).sum(axis=1)
        return y, log_det

    def inverse(self, y):
        y = self._check(y)
        s, t = self._nets(y)
        return y * self.mask + (1.0 - self.mask) * ((y - t) * np.exp(-s))
