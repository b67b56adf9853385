"""free forgets the sequence but never returns its blocks to the pool.

After free(seq_id) every block of its table is free again: num_free_blocks() grows by the
table's length, and those blocks are taken by later appends (the lowest first).
"""
import numpy as np


class PagedKVCache:
    def __init__(self, num_blocks, block_size, n_heads, head_dim):
        if min(num_blocks, block_size, n_heads, head_dim) < 1:
            raise ValueError("num_blocks, block_size, n_heads and head_dim must be at least 1")
        self.num_blocks, self.block_size = num_blocks, block_size
        self.n_heads, self.head_dim = n_heads, head_dim
        self._k = np.zeros((num_blocks, block_size, n_heads, head_dim))
        self._v = np.zeros((num_blocks, block_size, n_heads, head_dim))
        self._free = set(range(num_blocks))
        self._tables = {}      # seq_id -> list of physical block ids, in token order
        self._lengths = {}     # seq_id -> number of tokens stored

    def allocate(self, seq_id):
        if seq_id in self._tables:
            raise ValueError(f"sequence {seq_id} is already allocated")
        self._tables[seq_id] = []
        self._lengths[seq_id] = 0

    def append(self, seq_id, k, v):
        table = self._table(seq_id)
        k, v = np.asarray(k), np.asarray(v)
        shape = (self.n_heads, self.head_dim)
        if k.shape != shape or v.shape != shape:
            raise ValueError(f"k and v must have shape {shape}, got {k.shape} and {v.shape}")
        length = self._lengths[seq_id]
        if length == len(table) * self.block_size:   # no block yet, or the last one is full
            if not self._free:
                raise RuntimeError("no free block left in the pool")
            block = min(self._free)
            self._free.remove(block)
            table.append(block)
        block, slot = table[length // self.block_size], length % self.block_size
        self._k[block, slot] = k          # assignment copies into the pool
        self._v[block, slot] = v
        self._lengths[seq_id] = length + 1

    def gather(self, seq_id):
        table = self._table(seq_id)
        T = self._lengths[seq_id]
        shape = (-1, self.n_heads, self.head_dim)
        # fancy indexing with the table copies; whole blocks, then the first T slots
        K = self._k[table].reshape(shape)[:T]
        V = self._v[table].reshape(shape)[:T]
        return K, V

    def free(self, seq_id):
        table = self._table(seq_id)
        del self._tables[seq_id], self._lengths[seq_id]

    def block_table(self, seq_id):
        return list(self._table(seq_id))

    def num_free_blocks(self):
        return len(self._free)

    def _table(self, seq_id):
        if seq_id not in self._tables:
            raise KeyError(f"sequence {seq_id} is not allocated")
        return self._tables[seq_id]
