"""A heap of free ids (heapq gives the lowest), validation up front, gather token by token into np.empty.
"""
import heapq

import numpy as np


class PagedKVCache:
    def __init__(self, num_blocks, block_size, n_heads, head_dim):
        for name, value in (("num_blocks", num_blocks), ("block_size", block_size),
                            ("n_heads", n_heads), ("head_dim", head_dim)):
            if value < 1:
                raise ValueError(f"{name} must be >= 1")
        self.bs, self.H, self.D = block_size, n_heads, head_dim
        self.keys = np.empty((num_blocks, block_size, n_heads, head_dim))
        self.vals = np.empty((num_blocks, block_size, n_heads, head_dim))
        self.heap = list(range(num_blocks))          # already a heap
        self.seqs = {}                               # seq_id -> [table, length]

    def allocate(self, seq_id):
        if seq_id in self.seqs:
            raise ValueError("already allocated")
        self.seqs[seq_id] = [[], 0]

    def _seq(self, seq_id):
        try:
            return self.seqs[seq_id]
        except KeyError:
            raise KeyError(seq_id) from None

    def append(self, seq_id, k, v):
        entry = self._seq(seq_id)
        if np.shape(k) != (self.H, self.D) or np.shape(v) != (self.H, self.D):
            raise ValueError("k and v must be (H, D)")
        table, n = entry
        if n % self.bs == 0:                         # n == len(table) * bs here
            if not self.heap:
                raise RuntimeError("out of blocks")
            table.append(heapq.heappop(self.heap))
        self.keys[table[-1], n % self.bs] = np.asarray(k, dtype=float)
        self.vals[table[-1], n % self.bs] = np.asarray(v, dtype=float)
        entry[1] = n + 1

    def gather(self, seq_id):
        table, n = self._seq(seq_id)
        K, V = np.empty((n, self.H, self.D)), np.empty((n, self.H, self.D))
        for t in range(n):
            K[t] = self.keys[table[t // self.bs], t % self.bs]
            V[t] = self.vals[table[t // self.bs], t % self.bs]
        return K, V

    def free(self, seq_id):
        table, _ = self._seq(seq_id)
        for block in table:
            heapq.heappush(self.heap, block)
        del self.seqs[seq_id]

    def block_table(self, seq_id):
        return [int(b) for b in self._seq(seq_id)[0]]

    def num_free_blocks(self):
        return len(self.heap)
