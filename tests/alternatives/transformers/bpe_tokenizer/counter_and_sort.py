"""collections.Counter and a sort for the best pair; decode expands merged tokens recursively."""
from collections import Counter


def merge_pair(ids, pair, new_id):
    result = []
    skip = False
    for i, token in enumerate(ids):
        if skip:
            skip = False
            continue
        if i + 1 < len(ids) and (token, ids[i + 1]) == pair:
            result.append(new_id)
            skip = True
        else:
            result.append(token)
    return result


class BPETokenizer:
    def __init__(self):
        self.merges = []
        self.vocab_size = 256

    def train(self, text, n_merges):
        tokens = list(text.encode("utf-8"))
        while len(self.merges) < n_merges and len(tokens) > 1:
            counts = Counter(zip(tokens, tokens[1:]))
            (best, _), *_ = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            tokens = merge_pair(tokens, best, 256 + len(self.merges))
            self.merges.append(tuple(best))
        self.vocab_size = 256 + len(self.merges)

    def encode(self, text):
        tokens = list(text.encode("utf-8"))
        for offset, pair in enumerate(self.merges):
            tokens = merge_pair(tokens, pair, 256 + offset)
        return [int(t) for t in tokens]

    def _bytes(self, token):
        if token < 256:
            return bytes([token])
        a, b = self.merges[token - 256]
        return self._bytes(a) + self._bytes(b)

    def decode(self, ids):
        return bytes(b"".join(self._bytes(t) for t in ids)).decode("utf-8", "replace")
