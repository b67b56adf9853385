"""A word of exactly max_chars_per_word characters is already unk_token (>= instead of >).

The limit is inclusive: only words LONGER than max_chars_per_word become unk_token.
"""


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    pieces_known = set(vocab)
    tokens = []
    for word in words:
        if len(word) >= max_chars_per_word:
            tokens.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            piece = None
            while end > start:                      # longest first: shrink from the end
                candidate = word[start:end]
                if start > 0:
                    candidate = "##" + candidate
                if candidate in pieces_known:
                    piece = candidate
                    break
                end -= 1
            if piece is None:                       # stuck: the whole word is unknown
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
