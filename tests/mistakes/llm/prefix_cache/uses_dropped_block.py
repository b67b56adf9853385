"""match marks the dropped last block as used.

When the whole prompt is cached and its length is a multiple of block_size, the last block is not
counted (one token is left to compute); only the counted blocks are "used". Drop the block first,
then refresh the blocks you return.
"""
from collections import OrderedDict


class PrefixCache:
    def __init__(self, block_size, num_blocks):
        if block_size < 1 or num_blocks < 1:
            raise ValueError("block_size and num_blocks must be at least 1")
        self.block_size, self.num_blocks = block_size, num_blocks
        self._lru = OrderedDict()
        self.size = 0

    def _keys(self, tokens):
        b = self.block_size
        return [tuple(tokens[:(i + 1) * b]) for i in range(len(tokens) // b)]

    def _use(self, keys):
        for key in reversed(keys):
            self._lru.move_to_end(key)

    def match(self, tokens):
        keys = self._keys(tokens)
        k = 0
        while k < len(keys) and keys[k] in self._lru:
            k += 1
        self._use(keys[:k])                   # the mistake: before dropping the last block
        if k and k * self.block_size == len(tokens):
            k -= 1
        return k * self.block_size

    def insert(self, tokens):
        keys = self._keys(tokens)
        mine = set(keys)
        stored = 0
        for key in keys:
            if key in self._lru:
                continue
            if len(self._lru) == self.num_blocks:
                victim = next((k for k in self._lru if k not in mine), None)
                if victim is None:
                    break
                del self._lru[victim]
            self._lru[key] = None
            stored += 1
        self._use([key for key in keys if key in self._lru])
        self.size = len(self._lru)
        return stored
