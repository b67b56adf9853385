"""Split the columns into the passing and the moved ones and use only the sub-matrices that matter."""
import numpy as np


class AffineCoupling:
    def __init__(self, mask, w_s, b_s, w_t, b_t):
        m = np.array(mask)
        if m.ndim != 1 or len(m) == 0 or not np.isin(m, (0, 1)).all():
            raise ValueError("mask must be a non-empty 1-D array of 0s and 1s")
        d = len(m)
        arrays = [np.array(a, dtype=float) for a in (w_s, b_s, w_t, b_t)]
        if [a.shape for a in arrays] != [(d, d), (d,), (d, d), (d,)]:
            raise ValueError("weights of the wrong shape")
        self.d = d
        self.keep = np.flatnonzero(m == 1)
        self.move = np.flatnonzero(m == 0)
        w_s, b_s, w_t, b_t = arrays
        # only rows of passing inputs and columns of moved outputs matter
        self.ws = w_s[np.ix_(self.keep, self.move)]
        self.bs = b_s[self.move]
        self.wt = w_t[np.ix_(self.keep, self.move)]
        self.bt = b_t[self.move]

    def _nets(self, z):
        a = z[:, self.keep]
        return np.tanh(a @ self.ws + self.bs), a @ self.wt + self.bt

    def _check(self, z):
        z = np.array(z, dtype=float)
        if z.ndim != 2 or z.shape[1] != self.d:
            raise ValueError("expected an (n, d) array")
        return z

    def forward(self, x):
        y = self._check(x)                       # a copy: the moved columns are overwritten
        s, t = self._nets(y)
        y[:, self.move] = y[:, self.move] * np.exp(s) + t
        return y, s.sum(axis=1)

    def inverse(self, y):
        x = self._check(y)
        s, t = self._nets(x)
        x[:, self.move] = (x[:, self.move] - t) / np.exp(s)
        return x
