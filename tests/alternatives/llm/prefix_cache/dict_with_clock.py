"""A dict from prefix tuples to a last-used clock; the victim is the smallest clock."""


class PrefixCache:
    def __init__(self, block_size, num_blocks):
        if block_size < 1 or num_blocks < 1:
            raise ValueError("sizes must be >= 1")
        self.block_size, self.num_blocks = block_size, num_blocks
        self.clock = 0
        self.last_used = {}
        self.size = 0

    def _prefixes(self, tokens):
        b = self.block_size
        return [tuple(tokens[:end]) for end in range(b, len(tokens) + 1, b)]

    def _touch(self, keys):
        for key in keys[::-1]:
            self.clock += 1
            self.last_used[key] = self.clock

    def match(self, tokens):
        keys = self._prefixes(tokens)
        k = 0
        for key in keys:
            if key not in self.last_used:
                break
            k += 1
        if k * self.block_size >= len(tokens):
            k = max(k - 1, 0)
        self._touch(keys[:k])
        return k * self.block_size

    def insert(self, tokens):
        keys = self._prefixes(tokens)
        own = set(keys)
        new = 0
        for key in keys:
            if key in self.last_used:
                continue
            if len(self.last_used) >= self.num_blocks:
                others = [k for k in self.last_used if k not in own]
                if not others:
                    break
                del self.last_used[min(others, key=self.last_used.get)]
            self.last_used[key] = 0
            new += 1
        self._touch([k for k in keys if k in self.last_used])
        self.size = len(self.last_used)
        return new
