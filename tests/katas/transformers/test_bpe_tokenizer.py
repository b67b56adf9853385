"""Hidden tests for transformers/bpe_tokenizer: class BPETokenizer with train, encode, decode, merges, vocab_size.

Every test is a scenario (grader/objects.py): played on the reference tokenizer, then on the
learner's, observation by observation.
"""
import numpy as np

from grader.testing import require


def _trained(world, text, n_merges):
    tok = world.new("BPETokenizer", as_="tok")
    world.call(tok, "train", text, n_merges)            # None
    return tok


def test_ties_go_to_the_smallest_pair(kata):
    """"cdab": (99, 100), (100, 97), (97, 98) each occur once; the smallest pair (97, 98) = "ab" is merged."""
    def scenario(world):
        tok = _trained(world, "cdab", 1)
        world.get(tok, "merges")                          # [(97, 98)], not the first seen (99, 100)
        world.get(tok, "vocab_size")                      # 257
        world.call(tok, "encode", "cdab")                 # [99, 100, 256]
    kata.scenario(scenario)


def test_untrained_tokenizer_is_bytes(kata):
    """Before training: no merges, vocab_size 256, encode gives the UTF-8 bytes (a list of ints)."""
    def scenario(world):
        tok = world.new("BPETokenizer", as_="tok")
        world.get(tok, "merges")                          # []
        world.get(tok, "vocab_size")                      # 256
        world.call(tok, "encode", "hi é")                 # [104, 105, 32, 195, 169]
        world.call(tok, "decode", [104, 105, 32, 195, 169])   # "hi é"
    kata.scenario(scenario)


def test_classic_example_by_hand(kata):
    """"aaabdaaabac", 3 merges: (a, a) ×4 → 256; then (97, 98) and (256, 97) tie at 2: (97, 98) → 257; (256, 257) → 258."""
    def scenario(world):
        tok = _trained(world, "aaabdaaabac", 3)
        world.get(tok, "merges")                          # [(97, 97), (97, 98), (256, 257)]
        world.get(tok, "vocab_size")                      # 259
        world.call(tok, "encode", "aaabdaaabac")          # [258, 100, 258, 97, 99]
        world.call(tok, "decode", [258, 100, 258, 97, 99])   # "aaabdaaabac"
        world.call(tok, "decode", [257, 256])             # "ab" + "aa" = "abaa"
    kata.scenario(scenario)


def test_pairs_seen_once_are_merged_too(kata):
    """5 merges on "aaabdaaabac": after 258 every pair occurs once: (97, 99) → 259, then (100, 258) → 260."""
    def scenario(world):
        tok = _trained(world, "aaabdaaabac", 5)
        # [258, 100, 258, 97, 99]: pairs (258,100), (100,258), (258,97), (97,99) once each -> (97, 99)
        # [258, 100, 258, 259]: (258,100), (100,258), (258,259) once each -> (100, 258)
        world.get(tok, "merges")                          # [..., (97, 99), (100, 258)]
        world.get(tok, "vocab_size")                      # 261
        world.call(tok, "encode", "aaabdaaabac")          # [258, 260, 259]
    kata.scenario(scenario)


def test_overlapping_pairs_count_and_merge_left_to_right(kata):
    """"aaabcbc": (a, a) counts 2 in "aaa" (ties (b, c) at 2, and is smaller); "aaa" becomes [256, a]."""
    def scenario(world):
        tok = _trained(world, "aaabcbc", 1)
        world.get(tok, "merges")                          # [(97, 97)]
        world.call(tok, "encode", "aaabcbc")              # [256, 97, 98, 99, 98, 99]
        tok2 = _trained(world, "aaaa", 2)
        world.get(tok2, "merges")                         # [(97, 97), (256, 256)]
        world.call(tok2, "encode", "aaaaa")               # [257, 97]
    kata.scenario(scenario)


def test_encode_applies_merges_in_learned_order(kata):
    """Merges learned on "aaabdaaabac"; "aab ab ab": (a, a) is applied first even though (a, b) is more frequent here."""
    def scenario(world):
        tok = _trained(world, "aaabdaaabac", 3)
        world.call(tok, "encode", "aab ab ab")            # [256, 98, 32, 257, 32, 257]
        world.call(tok, "encode", "baaab")                # [98, 256, 257]
    kata.scenario(scenario)


def test_training_stops_when_one_token_is_left(kata):
    """"ab" with 5 merges: after (97, 98) the text is one token, so training stops: 1 merge, vocab_size 257."""
    def scenario(world):
        tok = _trained(world, "ab", 5)
        world.get(tok, "merges")                          # [(97, 98)]
        world.get(tok, "vocab_size")                      # 257
        empty = _trained(world, "", 3)
        world.get(empty, "merges")                        # []
        world.get(empty, "vocab_size")                    # 256
        world.call(empty, "encode", "")                   # []
        world.call(empty, "decode", [])                   # ""
        zero = _trained(world, "hello", 0)
        world.get(zero, "merges")                         # []
        one = _trained(world, "x", 2)                     # a single byte: no pair at all
        world.get(one, "merges")                          # []
        world.call(one, "encode", "xx")                   # [120, 120]
    kata.scenario(scenario)


def test_decode_replaces_broken_utf8(kata):
    """"é" is bytes (195, 169): decode([195]) alone is not valid UTF-8 and gives "\ufffd"; a merged token decodes whole."""
    def scenario(world):
        tok = _trained(world, "éé", 1)
        world.get(tok, "merges")                          # [(195, 169)]
        world.call(tok, "encode", "é")                    # [256]
        world.call(tok, "decode", [256])                  # "é"
        world.call(tok, "decode", [195])                  # "\ufffd"
        world.call(tok, "decode", [104, 169, 105])        # "h\ufffdi"
    kata.scenario(scenario)


ALPHABET = list("aab  bcé\n") + ["😀"]


def _texts(rng, count, longest):
    return ["".join(rng.choice(ALPHABET, size=int(rng.integers(0, longest + 1)))) for _ in range(count)]


def test_matches_reference_on_random_texts(kata, rng):
    """Random texts (multibyte characters included), 0 to 25 merges: merges, vocab_size, encode, decode."""
    cases = []
    for _ in range(6):
        train_text, other = _texts(rng, 2, 80)
        n_merges = int(rng.integers(0, 26))
        cases.append((train_text, n_merges, other))

    def scenario(world):
        for train_text, n_merges, other in cases:
            tok = _trained(world, train_text, n_merges)
            world.get(tok, "merges")
            world.get(tok, "vocab_size")
            world.call(tok, "encode", train_text)
            ids = world.call(tok, "encode", other)
            world.call(tok, "decode", ids)
    kata.scenario(scenario)


def test_decode_of_any_valid_ids(kata, rng):
    """decode of random id lists (any ids below vocab_size, in any order) matches the reference."""
    text = "".join(rng.choice(ALPHABET, size=60))
    id_lists = [[int(i) for i in rng.integers(0, 256 + 12, size=int(rng.integers(0, 10)))] for _ in range(6)]

    def scenario(world):
        tok = _trained(world, text, 12)
        size = world.get(tok, "vocab_size")
        for ids in id_lists:
            world.call(tok, "decode", [i for i in ids if i < size])
    kata.scenario(scenario)


def test_round_trip_is_exact(kata, rng):
    """decode(encode(t)) == t for texts the tokenizer was and was not trained on."""
    train_text = "".join(rng.choice(ALPHABET, size=100))
    texts = _texts(rng, 5, 40) + ["", "héllo wörld 😀", "\n\n  "]

    def scenario(world):
        tok = _trained(world, train_text, 20)
        return [world.call(tok, "decode", world.call(tok, "encode", t)) for t in texts]

    back = kata.scenario(scenario)
    for text, decoded in zip(texts, back):
        require(decoded == text, f"decode(encode({text!r})) gave {decoded!r}: the round trip must be exact")
