"""A position with no matching piece is skipped (one character dropped) instead of making the word unk_token.

Dropping characters silently changes the text; BERT maps the whole word to a single unk_token.
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
                start += 1
                continue
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
