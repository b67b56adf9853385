"""Ties broken by the LARGEST pair: max(counts, key=lambda p: (counts[p], p)).

Sorting by (count, pair) and taking the maximum prefers the largest pair among equal counts; the
statement wants the smallest: min over (−count, pair).
"""


def merge_pair(ids, pair, new_id):
    """A helper for train and encode: a new list where every occurrence of `pair` in `ids` is
    replaced by new_id, left to right, without overlaps."""
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


class BPETokenizer:
    def __init__(self):
        self.merges = []
        self.vocab_size = 256

    def train(self, text, n_merges):
        ids = list(text.encode("utf-8"))
        for _ in range(n_merges):
            if len(ids) < 2:
                break
            counts = {}
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
            best = max(counts, key=lambda pair: (counts[pair], pair))
            new_id = 256 + len(self.merges)
            ids = merge_pair(ids, best, new_id)
            self.merges.append(best)
        self.vocab_size = 256 + len(self.merges)

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        for k, pair in enumerate(self.merges):
            ids = merge_pair(ids, pair, 256 + k)
        return ids

    def decode(self, ids):
        vocab = [bytes([b]) for b in range(256)]
        for a, b in self.merges:
            vocab.append(vocab[a] + vocab[b])
        return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
