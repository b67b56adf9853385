"""Keeps the first chunk appended as it came: the cache holds the caller's own array until the next append.

np.asarray returns a float64 array itself, not a copy, so the caller changing its array later
(a buffer reused for the next token, say) changes the cache. append copies what it is given:
concatenate onto the (empty) cache, or store np.array(k, dtype=float).
"""
NAMED_BY_MESSAGE = "keeps the caller's `k`"

import numpy as np


class KVCache:
    def __init__(self, n_heads, head_dim):
        self.n_heads, self.head_dim = n_heads, head_dim
        self._keys = np.zeros((n_heads, 0, head_dim))
        self._values = np.zeros((n_heads, 0, head_dim))
        self.length = 0

    def append(self, k, v):
        k, v = np.asarray(k, dtype=np.float64), np.asarray(v, dtype=np.float64)
        # the mistake: the first chunk is kept as it came (asarray of a float64 array is the array)
        self._keys = k if self.length == 0 else np.concatenate([self._keys, k], axis=1)
        self._values = v if self.length == 0 else np.concatenate([self._values, v], axis=1)
        self.length += k.shape[1]

    def keys(self):
        return self._keys.copy()

    def values(self):
        return self._values.copy()

    def attend(self, q):
        q = np.asarray(q, dtype=np.float64)
        t, L = q.shape[1], self.length
        scores = q @ self._keys.transpose(0, 2, 1) / np.sqrt(self.head_dim)   # (H, t, L)
        # query i is position L - t + i: it may see key s only if s <= L - t + i
        position = L - t + np.arange(t)[:, None]
        allowed = np.arange(L)[None, :] <= position
        scores = np.where(allowed, scores, -np.inf)
        scores = scores - scores.max(axis=-1, keepdims=True)   # each row has its own key, so finite
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        return weights @ self._values
