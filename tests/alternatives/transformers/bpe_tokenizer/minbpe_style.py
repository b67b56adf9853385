"""minbpe's structure: a vocab dict of bytes, encode by repeatedly merging the known pair of lowest rank."""


def merge_pair(ids, pair, new_id):
    out = []
    i = 0
    while i < len(ids):
        if ids[i] == pair[0] and i < len(ids) - 1 and ids[i + 1] == pair[1]:
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
        self._vocab = {i: bytes([i]) for i in range(256)}
        self._rank = {}

    def train(self, text, n_merges):
        ids = list(text.encode("utf-8"))
        for step in range(n_merges):
            if len(ids) < 2:
                break
            stats = {}
            for a, b in zip(ids, ids[1:]):
                stats[(a, b)] = stats.get((a, b), 0) + 1
            top = max(stats.values())
            pair = min(p for p, c in stats.items() if c == top)
            new_id = 256 + step
            ids = merge_pair(ids, pair, new_id)
            self.merges.append(pair)
            self._rank[pair] = new_id
            self._vocab[new_id] = self._vocab[pair[0]] + self._vocab[pair[1]]
        self.vocab_size = len(self._vocab)

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            known = [p for p in zip(ids, ids[1:]) if p in self._rank]
            if not known:
                break
            pair = min(known, key=self._rank.get)          # the earliest-learned pair present
            ids = merge_pair(ids, pair, self._rank[pair])
        return ids

    def decode(self, ids):
        return b"".join(self._vocab[i] for i in ids).decode("utf-8", errors="replace")
