"""Hidden tests for nlp/wordpiece: wordpiece(words, vocab, unk_token="[UNK]", max_chars_per_word=100) -> list of str."""
VOCAB = ["[UNK]", "un", "##aff", "##able", "play", "##ing", "##s", "p", "##l", "##a", "##y",
         "a", "##b", "ab", "abc", "##c", "##bc", "ing", "s"]


def test_longest_match_by_hand(kata):
    """"unaffable" → un ##aff ##able; "playing" → play ##ing (not p ##l ##a ##y ##ing)."""
    kata.check("wordpiece", ["unaffable", "playing"], VOCAB,
               expected=["un", "##aff", "##able", "play", "##ing"])


def test_longest_piece_wins_at_the_start(kata):
    """"abc" is in the vocabulary whole: one token, though "a" and "ab" are pieces too."""
    kata.check("wordpiece", ["abc", "abcb"], VOCAB, expected=["abc", "abc", "##b"])


def test_continuation_pieces_need_the_prefix(kata):
    """"plays" → play ##s; "ing" alone is a word-initial piece, "##ing" a continuation."""
    kata.check("wordpiece", ["plays", "ing", "singing"], ["play", "##s", "ing", "s", "##ing"],
               expected=["play", "##s", "ing", "s", "##ing", "##ing"])


def test_a_word_that_cannot_be_split_is_one_unk(kata):
    """"plx": p, ##l, then nothing matches "x" or "##x": the whole word is one [UNK]."""
    kata.check("wordpiece", ["play", "plx", "un"], VOCAB, expected=["play", "[UNK]", "un"])


def test_unknown_first_character(kata):
    """"xab": no piece starts with "x": one [UNK], and the next word is split as usual."""
    kata.check("wordpiece", ["xab", "ab"], VOCAB, expected=["[UNK]", "ab"])


def test_custom_unk_token(kata):
    """unk_token="<unk>" replaces the default."""
    kata.check("wordpiece", ["zzz", "a"], VOCAB, unk_token="<unk>", expected=["<unk>", "a"])


def test_max_chars_boundary(kata):
    """max_chars_per_word = 4: "play" (4 characters) is split, "plays" (5) is [UNK] without looking it up."""
    kata.check("wordpiece", ["play", "plays"], VOCAB, max_chars_per_word=4, expected=["play", "[UNK]"])


def test_max_chars_zero(kata):
    """max_chars_per_word = 0: every non-empty word is [UNK]; an empty word still gives nothing."""
    kata.check("wordpiece", ["a", "", "ab"], VOCAB, max_chars_per_word=0, expected=["[UNK]", "[UNK]"])


def test_empty_word_gives_no_tokens(kata):
    """An empty word contributes nothing."""
    kata.check("wordpiece", ["a", "", "ab"], VOCAB, expected=["a", "ab"])


def test_no_words(kata):
    """No words: an empty list."""
    kata.check("wordpiece", [], VOCAB, expected=[])


def test_matching_is_case_sensitive(kata):
    """"Play" is not "play": with no "P" piece it is [UNK]."""
    kata.check("wordpiece", ["Play"], VOCAB, expected=["[UNK]"])


def test_vocabulary_order_does_not_matter(kata):
    """The same pieces in reverse order give the same tokens: the longest match wins, not the first listed."""
    kata.check("wordpiece", ["unaffable", "abc"], VOCAB[::-1], expected=["un", "##aff", "##able", "abc"])


def test_non_ascii_characters(kata):
    """Characters are code points: "café" with pieces "caf" and "##é"."""
    kata.check("wordpiece", ["café", "cafe"], ["caf", "##é", "##e"], expected=["caf", "##é", "caf", "##e"])


def test_max_chars_counts_characters_not_bytes(kata):
    """"ééé" is 3 characters (6 UTF-8 bytes), "café" 4 (5 bytes): with max_chars_per_word = 4 both are split."""
    kata.check("wordpiece", ["ééé"], ["é", "##é"], max_chars_per_word=4, expected=["é", "##é", "##é"])
    kata.check("wordpiece", ["café"], ["caf", "##é"], max_chars_per_word=4, expected=["caf", "##é"])


def test_matches_reference_on_random_inputs(kata, rng):
    """Random words over "abc" against random vocabularies of pieces up to 3 characters, max_chars 1 to 12."""
    letters = list("abc")
    arg_sets = []
    for _ in range(15):
        pieces = set()
        for _ in range(int(rng.integers(3, 30))):
            piece = "".join(rng.choice(letters, int(rng.integers(1, 4))))
            pieces.add(("##" if rng.random() < 0.6 else "") + piece)
        words = ["".join(rng.choice(letters, int(rng.integers(0, 13)))) for _ in range(int(rng.integers(0, 10)))]
        arg_sets.append(((words, sorted(pieces)), {"max_chars_per_word": int(rng.integers(1, 13))}))
    kata.check_each("wordpiece", arg_sets)
