"""Hidden tests for nlp/kneser_ney_bigram: kneser_ney_bigram(train, pairs, d=0.75) -> float64 array."""
import numpy as np

from grader.testing import require

TRAIN = [["a", "b", "a"], ["b", "a"]]
# bigrams (<s>,a) 1, (a,b) 1, (b,a) 2, (a,</s>) 2, (<s>,b) 1: N1+(••) = 5
# P_cont: a 2/5, b 2/5, </s> 1/5; c(<s>) = 2, c(a) = 3, c(b) = 2; N1+(<s>•) = 2, N1+(a•) = 2, N1+(b•) = 1


def test_history_with_one_follower_by_hand(kata):
    """History b (c = 2, one follower): P(a|b) = 1.25/2 + 0.375·2/5 = 0.775, P(b|b) = 0.15, P(</s>|b) = 0.075."""
    kata.check("kneser_ney_bigram", TRAIN, [("b", "a"), ("b", "b"), ("b", "</s>")],
               expected=np.array([0.775, 0.15, 0.075]))


def test_history_with_two_followers_by_hand(kata):
    """History a (c = 3, two followers, λ = 0.5): P(b|a) = 0.25/3 + 0.2, P(</s>|a) = 1.25/3 + 0.1, P(a|a) = 0.2."""
    kata.check("kneser_ney_bigram", TRAIN, [("a", "b"), ("a", "</s>"), ("a", "a")],
               expected=np.array([0.25 / 3 + 0.2, 1.25 / 3 + 0.1, 0.2]))


def test_start_history_by_hand(kata):
    """History <s> (c = 2, two followers, λ = 0.75): P(a|<s>) = 0.25/2 + 0.75·2/5 = 0.425."""
    kata.check("kneser_ney_bigram", TRAIN, [("<s>", "a"), ("<s>", "</s>")], expected=np.array([0.425, 0.15]))


def test_unseen_history_falls_back_to_continuation(kata):
    """A word never seen ("z") and "</s>" are unseen histories: P(w|v) = P_cont(w)."""
    kata.check("kneser_ney_bigram", TRAIN, [("z", "a"), ("z", "</s>"), ("</s>", "b")],
               expected=np.array([0.4, 0.2, 0.4]))


def test_unseen_word_and_start_symbol_get_zero(kata):
    """A word absent from training, and "<s>", never follow anything: probability 0 after any history."""
    kata.check("kneser_ney_bigram", TRAIN, [("a", "z"), ("b", "<s>"), ("z", "z")], expected=np.zeros(3))


def test_discount_zero_is_maximum_likelihood(kata):
    """d = 0: P(a|b) = 1, P(b|b) = 0, P(b|a) = 1/3, P(</s>|a) = 2/3; an unseen history still gets P_cont."""
    kata.check("kneser_ney_bigram", TRAIN, [("b", "a"), ("b", "b"), ("a", "b"), ("a", "</s>"), ("z", "a")],
               d=0.0, expected=np.array([1.0, 0.0, 1 / 3, 2 / 3, 0.4]))


def test_discount_one(kata):
    """d = 1: P(a|b) = 1/2 + 1/2·2/5 = 0.7, P(b|b) = 0.2, P(</s>|b) = 0.1."""
    kata.check("kneser_ney_bigram", TRAIN, [("b", "a"), ("b", "b"), ("b", "</s>")], d=1.0,
               expected=np.array([0.7, 0.2, 0.1]))


def test_discount_point_one(kata):
    """d = 0.1: P(b|a) = 0.9/3 + 0.1·2/3·2/5, P(a|a) = 0.1·2/3·2/5."""
    kata.check("kneser_ney_bigram", TRAIN, [("a", "b"), ("a", "a")], d=0.1,
               expected=np.array([0.9 / 3 + 0.1 * 2 / 3 * 0.4, 0.1 * 2 / 3 * 0.4]))


def test_continuation_counts_distinct_left_neighbours(kata):
    """"x y" three times and "y z" once: y occurs 4 times but after 2 distinct words: P_cont(y) = 2/6, not 4/10."""
    # bigrams: (<s>,x) 3, (x,y) 3, (y,</s>) 3, (<s>,y) 1, (y,z) 1, (z,</s>) 1: six types
    train = [["x", "y"], ["x", "y"], ["x", "y"], ["y", "z"]]
    kata.check("kneser_ney_bigram", train, [("q", "y"), ("q", "z"), ("q", "</s>")],
               expected=np.array([2 / 6, 1 / 6, 2 / 6]))


def test_an_empty_training_sentence(kata):
    """train = [[]]: the only bigram is (<s>, </s>): P(</s>|<s>) = 1 for any d, P(</s>|x) = 1, P(a|<s>) = 0."""
    kata.check("kneser_ney_bigram", [[]], [("<s>", "</s>"), ("x", "</s>"), ("<s>", "a")], d=0.3,
               expected=np.array([1.0, 1.0, 0.0]))


def test_no_pairs(kata):
    """No pairs: an empty float64 array of shape (0,)."""
    kata.check("kneser_ney_bigram", TRAIN, [], expected=np.zeros(0))


def test_matches_reference_on_random_corpora(kata, rng):
    """Random corpora over 5 words, pairs over the words plus an unseen one, <s> and </s>; d in [0, 1]."""
    words = ["a", "b", "c", "d", "e"]
    asked = words + ["q", "<s>", "</s>"]
    arg_sets = []
    for _ in range(10):
        train = [[str(w) for w in rng.choice(words, int(rng.integers(0, 16)))] for _ in range(int(rng.integers(1, 31)))]
        pairs = [(str(rng.choice(asked)), str(rng.choice(asked))) for _ in range(int(rng.integers(1, 61)))]
        arg_sets.append(((train, pairs), {"d": float(rng.uniform(0, 1))}))
    kata.check_each("kneser_ney_bigram", arg_sets)


def test_each_seen_history_sums_to_one(kata, rng):
    """For every history seen in training, P(·|v) over the training words and </s> sums to 1."""
    words = ["a", "b", "c", "d"]
    train = [[str(w) for w in rng.choice(words, int(rng.integers(0, 10)))] for _ in range(12)]
    histories = ["<s>"] + sorted({w for s in train for w in s})
    following = sorted({w for s in train for w in s}) + ["</s>"]
    pairs = [(v, w) for v in histories for w in following]
    result = kata.call("kneser_ney_bigram", train, pairs, d=0.6)
    rows = np.asarray(result.value, dtype=float).reshape(len(histories), len(following)).sum(axis=1)
    require(np.allclose(rows, 1.0, atol=1e-12),
            f"{result.shown}: the probabilities after each seen history should sum to 1, got sums {rows}")


def test_invalid_arguments_raise(kata):
    """ValueError for an empty training set and for d outside [0, 1]."""
    kata.raises("ValueError", "kneser_ney_bigram", [], [("a", "b")])
    kata.raises("ValueError", "kneser_ney_bigram", TRAIN, [("a", "b")], d=-0.1)
    kata.raises("ValueError", "kneser_ney_bigram", TRAIN, [("a", "b")], d=1.5)
    kata.raises("ValueError", "kneser_ney_bigram", TRAIN, [], d=1.5)        # even with nothing to compute
