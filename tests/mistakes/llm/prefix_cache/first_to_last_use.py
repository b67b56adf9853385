"""Blocks used from the first to the last: a sequence's first block becomes its least recent and is evicted first.

Use a call's blocks last to first, so deep blocks go before the prefixes they extend (an evicted prefix strands its descendants).
"""
from collections import OrderedDict


class PrefixCache:
    def __init__(self, block_size, num_blocks):
        if block_size < 1 or num_blocks < 1:
            raise ValueError("block_size and num_blocks must be at least 1")
        self.block_size, self.num_blocks = block_size, num_blocks
        self._blocks = OrderedDict()          # key -> None, least recently used first
        self.size = 0

    def match(self, tokens):
        keys = self._keys(tokens)
        matched = 0
        while matched < len(keys) and keys[matched] in self._blocks:
            matched += 1
        if matched and matched * self.block_size == len(tokens):
            matched -= 1                      # leave the last token to compute
        self._use(keys[:matched])
        return matched * self.block_size

    def insert(self, tokens):
        keys = self._keys(tokens)
        mine = set(keys)
        stored = 0
        for key in keys:
            if key in self._blocks:
                continue
            if len(self._blocks) == self.num_blocks:
                victim = next((k for k in self._blocks if k not in mine), None)
                if victim is None:
                    break                     # only this call's blocks are held
                del self._blocks[victim]
            self._blocks[key] = None
            stored += 1
        self._use([key for key in keys if key in self._blocks])
        self.size = len(self._blocks)
        return stored

    def _keys(self, tokens):
        n = len(tokens) // self.block_size
        return [tuple(tokens[:(i + 1) * self.block_size]) for i in range(n)]

    def _use(self, keys):
        for key in keys:            # last to first: the first ends most recent
            self._blocks.move_to_end(key)
