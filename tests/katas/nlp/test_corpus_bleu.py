"""Hidden tests for nlp/corpus_bleu: corpus_bleu(hypotheses, references, smoothing="none") -> float."""
import math


def _t(text):
    return text.split()


THE7 = _t("the the the the the the the")
CAT_REFS = [_t("the cat is on the mat"), _t("there is a cat on the mat")]


def test_perfect_match_is_one(kata):
    """A hypothesis equal to its only reference: BLEU 1.0."""
    hyp = _t("the cat sat on the mat")
    kata.check("corpus_bleu", [hyp], [[hyp]], expected=1.0)


def test_clipping_by_hand_with_add_one(kata):
    """Seven "the": p1 = 2/7 (clipped at 2, ref 1), p2 = 1/7, p3 = 1/6, p4 = 1/5 after add-one; r = 7, BP = 1."""
    kata.check("corpus_bleu", [THE7], [CAT_REFS], smoothing="add-one", expected=(2 / 1470) ** 0.25)


def test_clipping_uses_the_most_in_one_reference(kata):
    """"the the" against "the cat" and "the dog": "the" matches once (the max over references, not the sum)."""
    # p1 = 1/2, p2 = (0+1)/(1+1), p3 = p4 = (0+1)/(0+1); BP = 1
    kata.check("corpus_bleu", [_t("the the")], [[_t("the cat"), _t("the dog")]], smoothing="add-one",
               expected=0.25 ** 0.25)


def test_no_bigram_match_without_smoothing_is_zero(kata):
    """Seven "the", no smoothing: m2 = 0, so BLEU is 0.0."""
    kata.check("corpus_bleu", [THE7], [CAT_REFS], expected=0.0)


def test_zero_trigram_matches(kata):
    """"a b c d" against "a b d c": no trigram matches: 0.0 without smoothing; with add-one (1·2/4·1/3·1/2)^(1/4)."""
    kata.check("corpus_bleu", [_t("a b c d")], [[_t("a b d c")]], expected=0.0)
    kata.check("corpus_bleu", [_t("a b c d")], [[_t("a b d c")]], smoothing="add-one",
               expected=(1 / 12) ** 0.25)


def test_brevity_penalty_shorter_than_every_reference(kata):
    """Length 5 against 7 and 8: every precision is 1, r = 7, BLEU = exp(1 − 7/5)."""
    kata.check("corpus_bleu", [_t("a b c d e")], [[_t("a b c d e f g"), _t("a b c d e f g h")]],
               expected=math.exp(1 - 7 / 5))


def test_closest_reference_not_the_shortest(kata):
    """Length 5 against 2 and 6: the closest is 6 (not the shortest, 2), BLEU = exp(1 − 6/5)."""
    kata.check("corpus_bleu", [_t("a b c d e")], [[_t("a b"), _t("a b c d e f")]],
               expected=math.exp(1 - 6 / 5))


def test_tie_goes_to_the_shorter_reference(kata):
    """Length 5 against 4 and 6 (both 1 away): r = 4, c ≥ r, BP = 1, BLEU 1.0."""
    kata.check("corpus_bleu", [_t("a b c d e")], [[_t("a b c d"), _t("a b c d e f")]], expected=1.0)


def test_corpus_level_not_sentence_average(kata):
    """Two sentences: m and t summed first: p1 = 5/6, p2 = (3+1)/(4+1), p3 = p4 = 1: BLEU (2/3)^(1/4)."""
    kata.check("corpus_bleu", [_t("a b c d"), _t("x y")], [[_t("a b c d")], [_t("x z")]],
               smoothing="add-one", expected=(2 / 3) ** 0.25)


def test_an_empty_hypothesis_in_the_corpus(kata):
    """An empty hypothesis adds no n-grams but its closest reference length (1): c = 4, r = 5, BLEU exp(−1/4)."""
    kata.check("corpus_bleu", [_t("a b c d"), []], [[_t("a b c d")], [_t("x")]], expected=math.exp(-0.25))


def test_all_hypotheses_empty(kata):
    """Every hypothesis empty (c = 0, m1 = 0): BLEU 0.0 with either smoothing."""
    kata.check("corpus_bleu", [[], []], [[_t("a b")], [_t("c")]], expected=0.0)
    kata.check("corpus_bleu", [[], []], [[_t("a b")], [_t("c")]], smoothing="add-one", expected=0.0)


def test_hypothesis_shorter_than_four(kata):
    """"a b c" equal to its reference: t4 = 0 so 0.0 without smoothing; add-one gives p4 = 1/1 and BLEU 1.0."""
    kata.check("corpus_bleu", [_t("a b c")], [[_t("a b c")]], expected=0.0)
    kata.check("corpus_bleu", [_t("a b c")], [[_t("a b c")]], smoothing="add-one", expected=1.0)


def test_an_empty_reference(kata):
    """References "" and "a b c d" for "a b c d": the closest length is 4, BLEU 1.0."""
    kata.check("corpus_bleu", [_t("a b c d")], [[[], _t("a b c d")]], expected=1.0)


def test_matches_reference_on_random_corpora(kata, rng):
    """Random corpora over a 4-word vocabulary (many matches), 1 to 3 references, lengths 0 to 25."""
    words = ["a", "b", "c", "d"]

    def sentence(low, high):
        return [str(w) for w in rng.choice(words, int(rng.integers(low, high + 1)))]

    arg_sets = []
    for case in range(16):
        n = int(rng.integers(1, 9))
        hypotheses = [sentence(3, 25) for _ in range(n)]
        references = [[sentence(3, 25) for _ in range(int(rng.integers(1, 4)))] for _ in range(n)]
        arg_sets.append(((hypotheses, references), {"smoothing": "none" if case % 2 else "add-one"}))
    kata.check_each("corpus_bleu", arg_sets)


def test_invalid_arguments_raise(kata):
    """ValueError: an empty corpus, one reference list too few, a hypothesis without references, an unknown smoothing."""
    kata.raises("ValueError", "corpus_bleu", [], [])
    kata.raises("ValueError", "corpus_bleu", [_t("a"), _t("b")], [[_t("a")]])
    kata.raises("ValueError", "corpus_bleu", [_t("a")], [[]])
    kata.raises("ValueError", "corpus_bleu", [_t("a b c d")], [[_t("a b c d")]], smoothing="add-k")
    # validated even where BLEU is 0.0 anyway (every hypothesis empty)
    kata.raises("ValueError", "corpus_bleu", [[]], [[_t("a")]], smoothing="add-k")
