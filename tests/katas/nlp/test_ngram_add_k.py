"""Hidden tests for nlp/ngram_add_k: ngram_perplexity(train, test, n, k) -> (log_prob, perplexity)."""
import math

TRAIN = [["a", "b"], ["a"]]
# padded: <s> a b </s> and <s> a </s>; c(<s>,a) = 2, c(a,b) = 1, c(b,</s>) = 1, c(a,</s>) = 1
# V = {a, b, </s>, <unk>}: |V| = 4; c(<s>) = 2, c(a) = 2, c(b) = 1


def _expected(probabilities):
    log_prob = sum(math.log(p) for p in probabilities)
    return log_prob, math.exp(-log_prob / len(probabilities))


def test_bigram_add_one_by_hand(kata):
    """"a b": P(a|<s>) = 3/6, P(b|a) = 2/6, P(</s>|b) = 2/5: log_prob = ln(1/15), perplexity 15^(1/3)."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b"]], n=2, k=1.0, expected=_expected([3 / 6, 2 / 6, 2 / 5]))


def test_unseen_word_becomes_unk(kata):
    """"a z": z → <unk>: P(<unk>|a) = 1/6, then the unseen history <unk>: P(</s>|<unk>) = 1/4."""
    kata.check("ngram_perplexity", TRAIN, [["a", "z"]], n=2, k=1.0, expected=_expected([3 / 6, 1 / 6, 1 / 4]))


def test_add_k_with_k_point_one(kata):
    """k = 0.1: P(a|<s>) = 2.1/2.4, P(b|a) = 1.1/2.4, P(</s>|b) = 1.1/1.4."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b"]], n=2, k=0.1,
               expected=_expected([2.1 / 2.4, 1.1 / 2.4, 1.1 / 1.4]))


def test_unigram_model(kata):
    """n = 1: counts a 2, b 1, </s> 2 (5 predictions); k = 1: P(a) = 3/9, P(b) = 2/9, P(</s>) = 3/9."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b"]], n=1, k=1.0, expected=_expected([3 / 9, 2 / 9, 3 / 9]))


def test_trigram_pads_with_two_start_symbols(kata):
    """n = 3, train "a b": histories (<s>,<s>), (<s>,a), (a,b), each seen once; k = 1, |V| = 4: every P = 2/5."""
    kata.check("ngram_perplexity", [["a", "b"]], [["a", "b"]], n=3, k=1.0, expected=_expected([0.4, 0.4, 0.4]))


def test_trigram_unseen_continuation(kata):
    """n = 3, test "b a": P(b|<s>,<s>) = 1/5, then history (<s>,b) unseen: 1/4, then (b,a) unseen: 1/4."""
    kata.check("ngram_perplexity", [["a", "b"]], [["b", "a"]], n=3, k=1.0,
               expected=_expected([1 / 5, 1 / 4, 1 / 4]))


def test_k_zero_is_maximum_likelihood(kata):
    """k = 0 on "a b": P = 2/2 · 1/2 · 1/1: log_prob = ln(1/2), perplexity 2^(1/3)."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b"]], n=2, k=0.0, expected=_expected([1.0, 0.5, 1.0]))


def test_k_zero_with_a_zero_probability(kata):
    """k = 0 on "b a": P(b|<s>) = 0/2: log_prob = −inf and perplexity = inf."""
    kata.check("ngram_perplexity", TRAIN, [["b", "a"]], n=2, k=0.0, expected=(-math.inf, math.inf))


def test_k_zero_with_an_unseen_history_raises(kata):
    """k = 0 on "a z": the history <unk> was never seen, P(</s>|<unk>) = 0/0: ValueError."""
    kata.raises("ValueError", "ngram_perplexity", TRAIN, [["a", "z"]], n=2, k=0.0)


def test_k_zero_unseen_history_raises_even_after_a_zero(kata):
    """k = 0: "b a" has P = 0 first, then "z" brings the unseen history <unk>: still ValueError."""
    kata.raises("ValueError", "ngram_perplexity", TRAIN, [["b", "a"], ["z"]], n=2, k=0.0)


def test_empty_test_sentence_predicts_only_the_end(kata):
    """An empty test sentence makes one prediction, P(</s>|<s>) = 1/6."""
    kata.check("ngram_perplexity", TRAIN, [[]], n=2, k=1.0, expected=_expected([1 / 6]))


def test_perplexity_pools_all_predictions(kata):
    """Two test sentences: one log_prob over all 4 predictions, not a mean of two perplexities."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b"], []], n=2, k=1.0,
               expected=_expected([3 / 6, 2 / 6, 2 / 5, 1 / 6]))


def test_empty_training_set(kata):
    """No training sentences: V = {</s>, <unk>}, k = 1 gives P = 1/2 everywhere: perplexity 2."""
    kata.check("ngram_perplexity", [], [["a"]], n=2, k=1.0, expected=_expected([0.5, 0.5]))


def test_large_k_tends_to_uniform(kata):
    """k = 1e6: every P is within 1e-6 of 1/|V|, the perplexity within 1e-5 of |V| = 4."""
    kata.check("ngram_perplexity", TRAIN, [["a", "b", "z"]], n=2, k=1e6,
               expected=_expected([(2 + 1e6) / (2 + 4e6), (1 + 1e6) / (2 + 4e6), 1e6 / (1 + 4e6), 1e6 / 4e6]))


def test_matches_reference_on_random_corpora(kata, rng):
    """Random corpora over 6 words, test words partly unseen, n from 1 to 4, k in [0.01, 2]."""
    train_words, test_words = ["a", "b", "c", "d", "e", "f"], ["a", "b", "c", "d", "x", "y"]
    arg_sets = []
    for _ in range(12):
        train = [[str(w) for w in rng.choice(train_words, int(rng.integers(0, 16)))]
                 for _ in range(int(rng.integers(1, 31)))]
        test = [[str(w) for w in rng.choice(test_words, int(rng.integers(0, 16)))]
                for _ in range(int(rng.integers(1, 10)))]
        arg_sets.append(((train, test), {"n": int(rng.integers(1, 5)), "k": float(rng.uniform(0.01, 2))}))
    kata.check_each("ngram_perplexity", arg_sets)


def test_invalid_arguments_raise(kata):
    """ValueError for n = 0, k < 0 and an empty test set."""
    kata.raises("ValueError", "ngram_perplexity", TRAIN, [["a"]], n=0, k=1.0)
    kata.raises("ValueError", "ngram_perplexity", TRAIN, [["a"]], n=2, k=-0.5)
    kata.raises("ValueError", "ngram_perplexity", TRAIN, [], n=2, k=1.0)
    kata.raises("ValueError", "ngram_perplexity", [], [[]], n=2, k=-1.0)     # even with nothing to count
