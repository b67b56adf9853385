"""A boolean free mask over the pool (the first True is the lowest free id), gather by concatenating block slices.
"""
import numpy as np


class PagedKVCache:
    def __init__(self, num_blocks, block_size, n_heads, head_dim):
        if num_blocks < 1 or block_size < 1 or n_heads < 1 or head_dim < 1:
            raise ValueError("sizes must be positive")
        self.block_size = block_size
        self.token_shape = (n_heads, head_dim)
        self.pool = np.zeros((2, num_blocks, block_size, n_heads, head_dim))   # keys, values
        self.is_free = np.ones(num_blocks, dtype=bool)
        self.tables, self.lengths = {}, {}

    def allocate(self, seq_id):
        if seq_id in self.tables:
            raise ValueError(f"{seq_id} exists")
        self.tables[seq_id], self.lengths[seq_id] = [], 0

    def append(self, seq_id, k, v):
        if seq_id not in self.tables:
            raise KeyError(seq_id)
        k, v = np.array(k, dtype=np.float64), np.array(v, dtype=np.float64)
        if k.shape != self.token_shape or v.shape != self.token_shape:
            raise ValueError("bad shape")
        table, n = self.tables[seq_id], self.lengths[seq_id]
        if n == len(table) * self.block_size:
            free = np.flatnonzero(self.is_free)
            if free.size == 0:
                raise RuntimeError("pool exhausted")
            self.is_free[free[0]] = False
            table.append(int(free[0]))
        self.pool[0, table[-1], n - (len(table) - 1) * self.block_size] = k
        self.pool[1, table[-1], n - (len(table) - 1) * self.block_size] = v
        self.lengths[seq_id] = n + 1

    def gather(self, seq_id):
        if seq_id not in self.tables:
            raise KeyError(seq_id)
        table, n = self.tables[seq_id], self.lengths[seq_id]
        if not table:
            return np.zeros((0, *self.token_shape)), np.zeros((0, *self.token_shape))
        both = np.concatenate([self.pool[:, b] for b in table], axis=1)[:, :n]
        return both[0].copy(), both[1].copy()

    def free(self, seq_id):
        if seq_id not in self.tables:
            raise KeyError(seq_id)
        self.is_free[self.tables.pop(seq_id)] = True
        del self.lengths[seq_id]

    def block_table(self, seq_id):
        if seq_id not in self.tables:
            raise KeyError(seq_id)
        return list(self.tables[seq_id])

    def num_free_blocks(self):
        return int(self.is_free.sum())
