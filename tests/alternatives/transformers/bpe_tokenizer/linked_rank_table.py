"""A {pair: new id} table; encode merges the lowest-id pair present until none is left; decode via a bytes list."""


def merge_pair(ids, pair, new_id):
    merged = []
    i = 0
    n = len(ids)
    while i < n:
        if i < n - 1 and (ids[i], ids[i + 1]) == tuple(pair):
            merged.append(new_id)
            i += 2
            continue
        merged.append(ids[i])
        i += 1
    return merged


class BPETokenizer:
    def __init__(self):
        self.merges = []
        self.vocab_size = 256
        self._table = {}

    def train(self, text, n_merges):
        seq = list(text.encode("utf-8"))
        for _ in range(n_merges):
            if len(seq) < 2:
                break
            counts = {}
            for pair in zip(seq, seq[1:]):
                counts[pair] = counts.get(pair, 0) + 1
            ranked = sorted(counts, key=lambda p: (-counts[p], p[0], p[1]))
            best = ranked[0]
            new_id = self.vocab_size
            self._table[best] = new_id
            self.merges.append(best)
            self.vocab_size += 1
            seq = merge_pair(seq, best, new_id)

    def encode(self, text):
        seq = list(text.encode("utf-8"))
        while True:
            present = {p for p in zip(seq, seq[1:]) if p in self._table}
            if not present:
                return seq
            best = min(present, key=self._table.__getitem__)     # the earliest learned
            seq = merge_pair(seq, best, self._table[best])

    def decode(self, ids):
        pieces = [bytes([i]) for i in range(256)]
        for a, b in self.merges:
            pieces.append(pieces[a] + pieces[b])
        return b"".join(pieces[i] for i in ids).decode("utf-8", errors="replace")
