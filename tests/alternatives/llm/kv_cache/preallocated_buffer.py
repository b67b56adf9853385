"""Preallocated buffers that double when full, and a plain loop over heads and queries.
"""
import math

import numpy as np


class KVCache:
    def __init__(self, n_heads, head_dim):
        self.n_heads, self.head_dim = n_heads, head_dim
        self._k = np.empty((n_heads, 4, head_dim))
        self._v = np.empty((n_heads, 4, head_dim))
        self.length = 0

    def append(self, k, v):
        t = k.shape[1]
        while self.length + t > self._k.shape[1]:
            bigger_k = np.empty((self.n_heads, 2 * self._k.shape[1], self.head_dim))
            bigger_v = np.empty_like(bigger_k)
            bigger_k[:, :self.length] = self._k[:, :self.length]
            bigger_v[:, :self.length] = self._v[:, :self.length]
            self._k, self._v = bigger_k, bigger_v
        self._k[:, self.length:self.length + t] = k
        self._v[:, self.length:self.length + t] = v
        self.length += t

    def keys(self):
        return self._k[:, :self.length].copy()

    def values(self):
        return self._v[:, :self.length].copy()

    def attend(self, q):
        H, t, Dh = q.shape
        L = self.length
        out = np.zeros((H, t, Dh))
        for h in range(H):
            for i in range(t):
                last = L - t + i                      # this query's own position
                scores = [float(q[h, i] @ self._k[h, s]) / math.sqrt(Dh) for s in range(last + 1)]
                top = max(scores)
                weights = [math.exp(x - top) for x in scores]
                total = sum(weights)
                for s, w in enumerate(weights):
                    out[h, i] += (w / total) * self._v[h, s]
        return out
