"""Subtracts each query's own (newest) score instead of the row maximum: an older key with a larger score overflows exp.

Softmax is unchanged by any shift, but only the row MAXIMUM of the allowed scores keeps every
exponent <= 0: the newest key is not always the largest score.
"""
import numpy as np
class KVCache:
    def __init__(self, n_heads, head_dim):
        self.n_heads, self.head_dim = n_heads, head_dim
        self._k, self._v = [], []
        self.length = 0
    def append(self, k, v):
        self._k.append(np.array(k, dtype=np.float64))
        self._v.append(np.array(v, dtype=np.float64))
        self.length += k.shape[1]
    def keys(self):
        return np.concatenate(self._k, axis=1) if self._k else np.zeros((self.n_heads, 0, self.head_dim))
    def values(self):
        return np.concatenate(self._v, axis=1) if self._v else np.zeros((self.n_heads, 0, self.head_dim))
    def attend(self, q):
        K, V = self.keys(), self.values()
        t, L = q.shape[1], self.length
        out = np.empty(q.shape)
        for i in range(t):
            pos = L - t + i
            s = np.einsum("hd,hsd->hs", q[:, i], K[:, :pos + 1]) / np.sqrt(self.head_dim)
            s -= s[:, -1:]
            w = np.exp(s); w /= w.sum(axis=1, keepdims=True)
            out[:, i] = np.einsum("hs,hsd->hd", w, V[:, :pos + 1])
        return out
