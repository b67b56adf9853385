"""Keeps a list of the appended chunks (copied) and builds the mask with np.triu, einsum for the products.
"""
import numpy as np


class KVCache:
    def __init__(self, n_heads, head_dim):
        self.n_heads, self.head_dim = n_heads, head_dim
        self.k_chunks, self.v_chunks = [], []
        self.length = 0

    def append(self, k, v):
        self.k_chunks.append(np.array(k, dtype=float))
        self.v_chunks.append(np.array(v, dtype=float))
        self.length += k.shape[1]

    def _stack(self, chunks):
        if not chunks:
            return np.zeros((self.n_heads, 0, self.head_dim))
        return np.concatenate(chunks, axis=1)

    def keys(self):
        return self._stack(self.k_chunks)

    def values(self):
        return self._stack(self.v_chunks)

    def attend(self, q):
        K, V = self.keys(), self.values()
        t, L = q.shape[1], self.length
        scores = np.einsum("htd,hsd->hts", q, K) / np.sqrt(self.head_dim)
        future = np.triu(np.ones((t, L), dtype=bool), k=L - t + 1)   # key s is after query i's position
        scores[:, future] = -np.inf
        scores -= scores.max(axis=2, keepdims=True)
        w = np.exp(scores)
        w /= w.sum(axis=2, keepdims=True)
        return np.einsum("hts,hsd->htd", w, V)
