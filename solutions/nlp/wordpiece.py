"""WordPiece tokenisation: greedy longest match first, as BERT's WordpieceTokenizer.

Task
    Split each word into vocabulary pieces, left to right, always taking the LONGEST piece that
    is in the vocabulary. A piece that does not start the word carries the continuation prefix
    "##" ("playing" → "play", "##ing"). For each word:
      - if len(word) > max_chars_per_word, the word becomes the single token unk_token;
      - otherwise start = 0 and, while start < len(word), find the largest end > start such
        that the piece word[start:end] (with "##" in front when start > 0) is in the vocabulary,
        append it and continue from start = end;
      - if at some start no piece is in the vocabulary, the WHOLE word becomes the single token
        unk_token (the pieces already found for that word are dropped).
    An empty word gives no tokens. The words' tokens are concatenated in order.

Signature
    wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100) -> list of str

Shapes and types
    words               a list of str: already split on whitespace (and lowercased, if the
                        model is uncased) by the caller; a word may be any str
    vocab               a list of distinct str pieces, e.g. ["play", "##ing"], in any order
                        (make a set of it for fast lookups)
    unk_token           a str; max_chars_per_word an int ≥ 0 (a word of exactly that many
                        characters is still split; one more and it is unk_token)
    returns             a new list of str

Example
    >>> vocab = ["un", "##aff", "##able", "play", "##ing", "p", "##l"]
    >>> wordpiece(["unaffable", "playing"], vocab)
    ['un', '##aff', '##able', 'play', '##ing']
    >>> wordpiece(["plx"], vocab)                # "p", "##l", then no piece for "x"
    ['[UNK]']

Constraints
    Plain Python. Characters are Python str characters (code points); matching is exact and
    case-sensitive. The inputs are not modified. Hidden tests use at most 50 words of at most
    30 characters and vocabularies of at most 200 pieces.
    Coming from Hugging Face: BertTokenizer's WordpieceTokenizer does exactly this after its
    BasicTokenizer (lowercasing, accent stripping, splitting off punctuation); here the words
    arrive already split, so punctuation handling is the caller's.

Time budget: 20 minutes.
"""


def wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100):
    # BEGIN SOLUTION
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
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
    # END SOLUTION
