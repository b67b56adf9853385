"""Two character tries (word-initial pieces and "##" pieces): walk as far as the trie allows and
remember the last position where a piece ended."""

END = object()


def _trie(pieces):
    root = {}
    for piece in pieces:
        node = root
        for ch in piece:
            node = node.setdefault(ch, {})
        node[END] = True
    return root


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    vocab = list(vocab)
    first = _trie(p for p in vocab)
    rest = _trie(p[2:] for p in vocab if p.startswith("##"))
    out = []
    for word in words:
        if len(word) > max_chars_per_word:
            out.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            node, best = (first if start == 0 else rest), None
            for pos in range(start, len(word)):
                node = node.get(word[pos])
                if node is None:
                    break
                if END in node:
                    best = pos + 1
            if best is None:
                pieces = [unk_token]
                break
            pieces.append(("##" if start else "") + word[start:best])
            start = best
        out.extend(pieces)
    return out
