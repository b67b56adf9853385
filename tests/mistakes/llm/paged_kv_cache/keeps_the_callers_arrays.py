"""Keeps the caller's k and v arrays in a list per sequence instead of copying them into the pool.

np.asarray of a float64 array is that array, not a copy: when the caller reuses its buffer for
the next token, the cache changes with it. append copies what it is given: write it into the
pool (pool[block, slot] = k copies), or store np.array(k, dtype=float).
"""
NAMED_BY_MESSAGE = "keeps the caller's `k`"

import numpy as np


class PagedKVCache:
    def __init__(self, num_blocks, block_size, n_heads, head_dim):
        if min(num_blocks, block_size, n_heads, head_dim) < 1:
            raise ValueError("num_blocks, block_size, n_heads and head_dim must be at least 1")
        self.block_size, self.shape = block_size, (n_heads, head_dim)
        self._free = set(range(num_blocks))
        self._tables, self._tokens = {}, {}

    def allocate(self, seq_id):
        if seq_id in self._tables:
            raise ValueError(f"sequence {seq_id} is already allocated")
        self._tables[seq_id], self._tokens[seq_id] = [], []

    def append(self, seq_id, k, v):
        table = self._table(seq_id)
        k, v = np.asarray(k, dtype=np.float64), np.asarray(v, dtype=np.float64)
        if k.shape != self.shape or v.shape != self.shape:
            raise ValueError("k and v must have shape (H, D)")
        tokens = self._tokens[seq_id]
        if len(tokens) == len(table) * self.block_size:
            if not self._free:
                raise RuntimeError("no free block left in the pool")
            block = min(self._free)
            self._free.remove(block)
            table.append(block)
        tokens.append((k, v))             # the caller's own arrays

    def gather(self, seq_id):
        self._table(seq_id)
        tokens = self._tokens[seq_id]
        if not tokens:
            return np.zeros((0, *self.shape)), np.zeros((0, *self.shape))
        return np.stack([k for k, _ in tokens]), np.stack([v for _, v in tokens])

    def free(self, seq_id):
        self._free.update(self._table(seq_id))
        del self._tables[seq_id], self._tokens[seq_id]

    def block_table(self, seq_id):
        return list(self._table(seq_id))

    def num_free_blocks(self):
        return len(self._free)

    def _table(self, seq_id):
        if seq_id not in self._tables:
            raise KeyError(f"sequence {seq_id} is not allocated")
        return self._tables[seq_id]
