"""log_det is one number for the whole batch instead of one per row.

Each sample has its own Jacobian: log_det has shape (n,), the sum over the moved dimensions of each row.
"""
import numpy as np


class AffineCoupling:
    def __init__(self, mask, w_s, b_s, w_t, b_t):
        mask = np.array(mask, dtype=np.float64)
        if mask.ndim != 1 or mask.size == 0 or not np.all((mask == 0) | (mask == 1)):
            raise ValueError("mask")
        d = mask.size
        self.mask = mask
        self.w_s, self.w_t = np.array(w_s, dtype=np.float64), np.array(w_t, dtype=np.float64)
        self.b_s, self.b_t = np.array(b_s, dtype=np.float64), np.array(b_t, dtype=np.float64)
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
        log_det = float((s * (1.0 - self.mask)).sum())
        return y, log_det

    def inverse(self, y):
        y = self._check(y)
        s, t = self._nets(y)
        return y * self.mask + (1.0 - self.mask) * ((y - t) * np.exp(-s))
