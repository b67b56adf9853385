"""encode merges the most frequent known pair of the new text first, instead of applying the merges in the learned order.

Encoding must replay training's decisions: apply merge 0, then merge 1, … in the order they were
learned (equivalently, always the known pair with the LOWEST rank), whatever the new text's counts.
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
            best = min(counts, key=lambda pair: (-counts[pair], pair))
            new_id = 256 + len(self.merges)
            ids = merge_pair(ids, best, new_id)
            self.merges.append(best)
        self.vocab_size = 256 + len(self.merges)

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        rank = {pair: k for k, pair in enumerate(self.merges)}
        while len(ids) >= 2:
            counts = {}
            for pair in zip(ids, ids[1:]):
                if pair in rank:
                    counts[pair] = counts.get(pair, 0) + 1
            if not counts:
                break
            best = max(counts, key=lambda p: (counts[p], -rank[p]))
            ids = merge_pair(ids, best, 256 + rank[best])
        return ids

    def decode(self, ids):
        vocab = [bytes([b]) for b in range(256)]
        for a, b in self.merges:
            vocab.append(vocab[a] + vocab[b])
        return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
