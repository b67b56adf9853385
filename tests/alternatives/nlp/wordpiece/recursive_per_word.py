"""One word at a time, recursively: the longest prefix piece, then the rest with "##"."""


def _split(word, vocab, prefix):
    if not word:
        return []
    for end in range(len(word), 0, -1):
        piece = prefix + word[:end]
        if piece in vocab:
            rest = _split(word[end:], vocab, "##")
            return None if rest is None else [piece] + rest
    return None


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    out = []
    for word in words:
        pieces = None if len(word) > max_chars_per_word else _split(word, vocab, "")
        out += [unk_token] if pieces is None else pieces
    return out
