"""A byte-level BPE tokenizer: train, encode, decode.

Task
    Byte-pair encoding starts from the 256 byte values as tokens and learns merges: at each step
    it counts every pair of adjacent tokens in the training text, merges the most frequent pair
    into a new token everywhere it occurs, and repeats. Write a class `BPETokenizer`:

    train(text, n_merges)   text → its UTF-8 bytes, a list of ids 0 … 255. Then n_merges times:
                            count every adjacent pair (a, b) of the current list (overlapping
                            occurrences count: "aaa" holds (a, a) twice); pick the pair with the
                            highest count, ties broken by the SMALLEST pair (a, b) in
                            lexicographic order of the two ids; give it the next id (256, 257, …);
                            replace its occurrences left to right, without overlaps ("aaa" with
                            (a, a) → [new, a]). Pairs seen once are merged too. Stop early when
                            the list has fewer than 2 tokens.
    encode(text)            UTF-8 bytes, then every learned merge applied IN THE ORDER LEARNED,
                            each to the whole list, left to right, without overlaps
    decode(ids)             the bytes of every token concatenated, decoded as UTF-8 with
                            errors="replace" (a token cut inside a character gives "\ufffd")

Signature
    class BPETokenizer:
        BPETokenizer()                 untrained: no merges, vocab_size 256
        .train(text, n_merges)         returns None
        .encode(text) -> list of int
        .decode(ids) -> str
        .merges                        the learned pairs, in order: a list of (int, int) tuples;
                                       merges[k] made the token 256 + k
        .vocab_size                    an int: 256 + len(merges)
    merge_pair(ids, pair, new_id) -> list    a helper for both (not graded on its own)

Shapes and types
    text      a str (may be empty, may hold any Unicode); n_merges an int ≥ 0
    ids       a list of ints, each 0 ≤ id < vocab_size
    encode returns a list of Python ints (a list, not a tuple or an array); decode returns a str

Example
    >>> tok = BPETokenizer()
    >>> tok.train("aaabdaaabac", 3)
    >>> tok.merges                  # (a, a) 4 times; then (97, 98) and (256, 97) tie at 2
    [(97, 97), (97, 98), (256, 257)]
    >>> tok.vocab_size
    259
    >>> tok.encode("aaabdaaabac")
    [258, 100, 258, 97, 99]
    >>> tok.decode([258, 100])
    'aaabd'

Constraints
    Plain Python (no numpy needed). train is called once, on a fresh tokenizer. decode(encode(t))
    == t for every str t. encode("") == [] and decode([]) == "".
    Coming from minbpe / tiktoken: minbpe's max(stats, key=stats.get) breaks ties by the pair
    seen FIRST in the text; here ties go to the smallest pair, so the result does not depend on
    dict order. GPT-2/tiktoken also split the text with a regex before merging; we do not.

    The hidden tests use texts of at most 100 characters and n_merges ≤ 25.

Time budget: 40 minutes.
"""


def merge_pair(ids, pair, new_id):
    """A helper for train and encode: a new list where every occurrence of `pair` in `ids` is
    replaced by new_id, left to right, without overlaps."""
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory per merge_pair (n ids); train is O(n_merges·n), encode O(len(merges)·n).
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out
    # END SOLUTION


class BPETokenizer:
    def __init__(self):
        # BEGIN SOLUTION
        self.merges = []
        self.vocab_size = 256
        # END SOLUTION

    def train(self, text, n_merges):
        # BEGIN SOLUTION
        ids = list(text.encode("utf-8"))
        for _ in range(n_merges):
            if len(ids) < 2:
                break
            counts = {}
            for pair in zip(ids, ids[1:]):           # every adjacent pair, overlaps included
                counts[pair] = counts.get(pair, 0) + 1
            # highest count first; among equal counts the smallest pair
            best = min(counts, key=lambda pair: (-counts[pair], pair))
            new_id = 256 + len(self.merges)
            ids = merge_pair(ids, best, new_id)
            self.merges.append(best)
        self.vocab_size = 256 + len(self.merges)
        # END SOLUTION

    def encode(self, text):
        # BEGIN SOLUTION
        ids = list(text.encode("utf-8"))
        # The learned order matters: merge k may build on the tokens of earlier merges.
        for k, pair in enumerate(self.merges):
            ids = merge_pair(ids, pair, 256 + k)
        return ids
        # END SOLUTION

    def decode(self, ids):
        # BEGIN SOLUTION
        vocab = [bytes([b]) for b in range(256)]
        for a, b in self.merges:
            vocab.append(vocab[a] + vocab[b])
        return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
        # END SOLUTION
