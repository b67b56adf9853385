"""One sample at a time, with plain loops over the dimensions for the affine part."""
import math

import numpy as np


class AffineCoupling:
    def __init__(self, mask, w_s, b_s, w_t, b_t):
        mask = np.asarray(mask)
        if mask.ndim != 1 or mask.shape[0] < 1:
            raise ValueError("mask must be 1-D and non-empty")
        self.m = [float(v) for v in mask]
        if any(v not in (0.0, 1.0) for v in self.m):
            raise ValueError("mask entries must be 0 or 1")
        d = len(self.m)
        for w in (w_s, w_t):
            if np.shape(w) != (d, d):
                raise ValueError("w_s and w_t must be (d, d)")
        for b in (b_s, b_t):
            if np.shape(b) != (d,):
                raise ValueError("b_s and b_t must be (d,)")
        self.w_s, self.w_t = np.array(w_s, dtype=float), np.array(w_t, dtype=float)
        self.b_s, self.b_t = np.array(b_s, dtype=float), np.array(b_t, dtype=float)

    def _rows(self, z):
        z = np.asarray(z, dtype=float)
        if z.ndim != 2 or z.shape[1] != len(self.m):
            raise ValueError("expected shape (n, d)")
        return z

    def _st(self, row):
        masked = row * np.array(self.m)
        return np.tanh(masked @ self.w_s + self.b_s), masked @ self.w_t + self.b_t

    def forward(self, x):
        x = self._rows(x)
        y, log_det = np.empty_like(x), np.zeros(x.shape[0])
        for i, row in enumerate(x):
            s, t = self._st(row)
            for j, keep in enumerate(self.m):
                if keep:
                    y[i, j] = row[j]
                else:
                    y[i, j] = row[j] * math.exp(s[j]) + t[j]
                    log_det[i] += s[j]
        return y, log_det

    def inverse(self, y):
        y = self._rows(y)
        x = np.empty_like(y)
        for i, row in enumerate(y):
            s, t = self._st(row)
            for j, keep in enumerate(self.m):
                x[i, j] = row[j] if keep else (row[j] - t[j]) * math.exp(-s[j])
        return x
