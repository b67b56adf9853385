"""Hidden tests for nlp/rouge_l: rouge_l(candidate, reference, beta=1.0) -> (precision, recall, f_measure)."""


def _tokens(text):
    return text.split()


def test_f1_by_hand(kata):
    """L = 4 ("the cat on mat"): P = 4/5, R = 4/6, F1 = 8/11."""
    kata.check("rouge_l", _tokens("the cat sat on mat"), _tokens("the cat was on the mat"),
               expected=(0.8, 2 / 3, 8 / 11))


def test_precision_is_over_the_candidate(kata):
    """Candidate "a a a", reference "a": L = 1, precision 1/3, recall 1, F1 = 1/2."""
    kata.check("rouge_l", ["a", "a", "a"], ["a"], expected=(1 / 3, 1.0, 0.5))


def test_beta_two_by_hand(kata):
    """β = 2 on the first example: F = 5·P·R / (R + 4·P) = (8/3) / (58/15) = 20/29."""
    kata.check("rouge_l", _tokens("the cat sat on mat"), _tokens("the cat was on the mat"), beta=2.0,
               expected=(0.8, 2 / 3, 20 / 29))


def test_beta_point_seven_by_hand(kata):
    """β = 0.7 (β² = 0.49): F = 1.49·(0.8·2/3) / (2/3 + 0.49·0.8)."""
    kata.check("rouge_l", _tokens("the cat sat on mat"), _tokens("the cat was on the mat"), beta=0.7,
               expected=(0.8, 2 / 3, 1.49 * (0.8 * 2 / 3) / (2 / 3 + 0.49 * 0.8)))


def test_beta_zero_gives_the_precision(kata):
    """β = 0: F_β is the precision, 0.8."""
    kata.check("rouge_l", _tokens("the cat sat on mat"), _tokens("the cat was on the mat"), beta=0.0,
               expected=(0.8, 2 / 3, 0.8))


def test_large_beta_tends_to_the_recall(kata):
    """β = 1000: F_β = (1 + 10⁶)·P·R / (R + 10⁶·P), within 1e-6 of the recall 2/3."""
    beta = 1000.0
    p, r = 0.8, 2 / 3
    kata.check("rouge_l", _tokens("the cat sat on mat"), _tokens("the cat was on the mat"), beta=beta,
               expected=(p, r, (1 + beta**2) * p * r / (r + beta**2 * p)))


def test_a_subsequence_may_have_gaps(kata):
    """"a x b y c" against "a b c": the LCS "a b c" has length 3 though no two of them are adjacent in the candidate."""
    kata.check("rouge_l", _tokens("a x b y c"), _tokens("a b c"), expected=(0.6, 1.0, 0.75))


def test_order_matters(kata):
    """"c b a" against "a b c": all tokens shared, but the LCS has length 1."""
    kata.check("rouge_l", _tokens("c b a"), _tokens("a b c"), expected=(1 / 3, 1 / 3, 1 / 3))


def test_no_common_token(kata):
    """No token in common: L = 0, all three are 0.0."""
    kata.check("rouge_l", _tokens("x y"), _tokens("a b c"), expected=(0.0, 0.0, 0.0))


def test_tokens_are_case_sensitive(kata):
    """"The" and "the" are different tokens (lowercasing is the caller's)."""
    kata.check("rouge_l", _tokens("The cat"), _tokens("the cat"), expected=(0.5, 0.5, 0.5))


def test_empty_candidate(kata):
    """An empty candidate: (0.0, 0.0, 0.0), no division by zero."""
    kata.check("rouge_l", [], _tokens("a b"), expected=(0.0, 0.0, 0.0))


def test_empty_reference(kata):
    """An empty reference: (0.0, 0.0, 0.0)."""
    kata.check("rouge_l", _tokens("a b"), [], expected=(0.0, 0.0, 0.0))


def test_both_empty(kata):
    """Both empty: (0.0, 0.0, 0.0)."""
    kata.check("rouge_l", [], [], expected=(0.0, 0.0, 0.0))


def test_identical(kata):
    """Identical sequences: (1.0, 1.0, 1.0) for any β."""
    kata.check("rouge_l", _tokens("a b a c"), _tokens("a b a c"), beta=3.0, expected=(1.0, 1.0, 1.0))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random token lists over a small vocabulary (lengths 0 to 40), β in [0, 4]."""
    words = ["a", "b", "c", "d", "e"]
    arg_sets = []
    for _ in range(20):
        candidate = [str(w) for w in rng.choice(words, int(rng.integers(0, 41)))]
        reference = [str(w) for w in rng.choice(words, int(rng.integers(0, 41)))]
        arg_sets.append(((candidate, reference), {"beta": float(rng.uniform(0, 4))}))
    kata.check_each("rouge_l", arg_sets)


def test_negative_beta_is_rejected(kata):
    """β < 0 raises ValueError, even for empty inputs."""
    kata.raises("ValueError", "rouge_l", ["a"], ["a"], beta=-1.0)
    kata.raises("ValueError", "rouge_l", [], [], beta=-0.5)
