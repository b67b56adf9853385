"""A trie of blocks (child dicts keyed by each block's own tokens) plus a recency list of trie paths."""


class PrefixCache:
    def __init__(self, block_size, num_blocks):
        if block_size < 1 or num_blocks < 1:
            raise ValueError("sizes must be >= 1")
        self.block_size = block_size
        self.num_blocks = num_blocks
        self.recency = []          # paths (tuples of block tuples), least recent first
        self.held = set()
        self.size = 0

    def _paths(self, tokens):
        b = self.block_size
        blocks = [tuple(tokens[i:i + b]) for i in range(0, len(tokens) - b + 1, b)]
        return [tuple(blocks[:i + 1]) for i in range(len(blocks))]

    def _use(self, paths):
        for p in reversed(paths):
            self.recency.remove(p)
            self.recency.append(p)

    def match(self, tokens):
        paths = self._paths(tokens)
        n = 0
        while n < len(paths) and paths[n] in self.held:
            n += 1
        if n > 0 and n * self.block_size == len(tokens):
            n -= 1
        self._use(paths[:n])
        return n * self.block_size

    def insert(self, tokens):
        paths = self._paths(tokens)
        stored = 0
        for p in paths:
            if p in self.held:
                continue
            if len(self.held) == self.num_blocks:
                victims = [q for q in self.recency if q not in paths]
                if not victims:
                    break
                self.held.discard(victims[0])
                self.recency.remove(victims[0])
            self.held.add(p)
            self.recency.append(p)
            stored += 1
        self._use([p for p in paths if p in self.held])
        self.size = len(self.held)
        return stored
