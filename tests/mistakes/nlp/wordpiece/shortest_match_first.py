"""The shortest matching piece is taken instead of the longest.

WordPiece is greedy LONGEST match first: with "un" and "unaffable" both in the vocabulary,
"unaffable" is one token. Start with end = len(word) and shrink.
"""


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    pieces_known = set(vocab)
    tokens = []
    for word in words:
        if len(word) > max_chars_per_word:
            tokens.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            end = start + 1
            piece = None
            while end <= len(word):
                candidate = word[start:end]
                if start > 0:
                    candidate = "##" + candidate
                if candidate in pieces_known:
                    piece = candidate
                    break
                end += 1
            if piece is None:                       # stuck: the whole word is unknown
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
