"""Hidden tests for numerics/cosine_top_k: cosine_top_k(query, corpus, k) -> (indices, scores)."""
import numpy as np

from grader.testing import require

R2 = float(1.0 / np.sqrt(2.0))
# Against q = [1, 0]: row 0 orthogonal (0), row 1 at 45° (1/√2), row 2 parallel (1),
# row 3 opposite (−1), row 4 = [3, 4] (3/5).
CORPUS = np.array([[0.0, 1.0], [1.0, 1.0], [3.0, 0.0], [-2.0, 0.0], [3.0, 4.0]])
# Ties against q = [1, 0]: rows 0, 2, 5 score exactly 1; rows 1, 4 (orthogonal) and 3 (zero) score 0.
TIES = np.array([[2.0, 0.0], [0.0, 1.0], [4.0, 0.0], [0.0, 0.0], [0.0, -3.0], [1.0, 0.0]])


def _ints(*values):
    return np.array(values, dtype=np.int64)


def test_top_three_by_hand(kata):
    """q = [1, 0] against 5 rows scoring [0, 1/√2, 1, −1, 0.6]: the top 3 are rows 2, 1, 4."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), CORPUS, 3,
               expected=(_ints(2, 1, 4), np.array([1.0, R2, 0.6])))


def test_full_ranking_by_hand(kata):
    """k = 5 ranks every row, down to the opposite vector at −1: rows 2, 1, 4, 0, 3."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), CORPUS, 5,
               expected=(_ints(2, 1, 4, 0, 3), np.array([1.0, R2, 0.6, 0.0, -1.0])))


def test_scores_ignore_lengths(kata):
    """The query [10, 0] gives the same ranking and scores as [1, 0]: only directions count."""
    kata.check("cosine_top_k", np.array([10.0, 0.0]), CORPUS, 3,
               expected=(_ints(2, 1, 4), np.array([1.0, R2, 0.6])))


def test_ties_go_to_the_smaller_index(kata):
    """Rows 0, 2, 5 tie at 1 and rows 1, 3, 4 tie at 0: the order is 0, 2, 5, 1, 3, 4."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), TIES, 6,
               expected=(_ints(0, 2, 5, 1, 3, 4), np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])))


def test_ties_cut_by_k(kata):
    """k = 2 among three rows tied at the top: rows 0 and 2 (the smallest indices); k = 4 adds row 5 then row 1."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), TIES, 2, expected=(_ints(0, 2), np.array([1.0, 1.0])))
    kata.check("cosine_top_k", np.array([1.0, 0.0]), TIES, 4,
               expected=(_ints(0, 2, 5, 1), np.array([1.0, 1.0, 1.0, 0.0])))


def test_ties_at_the_cut_found_by_argpartition(kata):
    """Zero rows 0, 1, 2, 4, 5 tie at 0 behind rows 3 and 6; k = 3 takes the tied row of smallest index, 0."""
    # Against q = [1, 0]: row 3 = [2, 1] scores 2/√5 = 0.894427…, row 6 = [1, 2] scores 1/√5 = 0.447214…,
    # the five zero rows score 0. The third place goes to the smallest tied index, row 0. An
    # np.argpartition(-scores, k - 1)[:k] keeps SOME zero row (here row 1), not necessarily row 0.
    corpus = np.array([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [2.0, 1.0], [0.0, 0.0], [0.0, 0.0], [1.0, 2.0]])
    kata.check("cosine_top_k", np.array([1.0, 0.0]), corpus, 3,
               expected=(_ints(3, 6, 0), np.array([2.0 / np.sqrt(5.0), 1.0 / np.sqrt(5.0), 0.0])))


def test_ties_in_a_long_corpus(kata):
    """40 rows cycling [1, 0], [0, 1], [2, 0], [−1, 0]: every score-1 row by index, then the 0s, then the −1s."""
    # Row i scores 1 when i % 4 is 0 or 2, 0 when i % 4 == 1, −1 when i % 4 == 3. A sort that is
    # not stable (np.argsort's default on more than 16 entries) can shuffle the tied rows.
    corpus = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 0.0], [-1.0, 0.0]] * 10)
    ones = [i for i in range(40) if i % 4 in (0, 2)]
    zeros = [i for i in range(40) if i % 4 == 1]
    minus = [i for i in range(40) if i % 4 == 3]
    kata.check("cosine_top_k", np.array([1.0, 0.0]), corpus, 40,
               expected=(np.array(ones + zeros + minus, dtype=np.int64),
                         np.array([1.0] * 20 + [0.0] * 10 + [-1.0] * 10)))


def test_zero_corpus_row_scores_zero(kata):
    """A zero row scores 0.0 (not nan), below a positive score and above a negative one."""
    corpus = np.array([[-1.0, 0.0], [0.0, 0.0], [1.0, 0.0]])
    kata.check("cosine_top_k", np.array([1.0, 0.0]), corpus, 3,
               expected=(_ints(2, 1, 0), np.array([1.0, 0.0, -1.0])))


def test_zero_query_scores_zero_everywhere(kata):
    """A zero query: every score is 0.0, so the ranking is by index: rows 0, 1, 2."""
    kata.check("cosine_top_k", np.zeros(2), CORPUS, 3, expected=(_ints(0, 1, 2), np.zeros(3)))


def test_k_zero_returns_empty_arrays(kata):
    """k = 0: an empty int64 array and an empty float64 array (not every row)."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), CORPUS, 0,
               expected=(np.zeros(0, dtype=np.int64), np.zeros(0)))


def test_k_equal_to_n(kata):
    """k = n = 5 with q = [0, 1]: scores [1, 1/√2, 0, 0, 0.8], so rows 0, 4, 1, then the ties 2, 3."""
    kata.check("cosine_top_k", np.array([0.0, 1.0]), CORPUS, 5,
               expected=(_ints(0, 4, 1, 2, 3), np.array([1.0, 0.8, R2, 0.0, 0.0])))


def test_k_larger_than_n_returns_all(kata):
    """k = 10 with n = 5 returns all 5 rows, ranked (no error, no padding)."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), CORPUS, 10,
               expected=(_ints(2, 1, 4, 0, 3), np.array([1.0, R2, 0.6, 0.0, -1.0])))


def test_empty_corpus(kata):
    """n = 0 (a (0, 2) corpus): empty int64 indices and float64 scores, for any k."""
    for k in (0, 3):
        kata.check("cosine_top_k", np.array([1.0, 0.0]), np.zeros((0, 2)), k,
                   expected=(np.zeros(0, dtype=np.int64), np.zeros(0)))


def test_single_row(kata):
    """n = 1, k = 1: row 0 with its score, [1, 1] against [1, 0] is 1/√2."""
    kata.check("cosine_top_k", np.array([1.0, 0.0]), np.array([[1.0, 1.0]]), 1,
               expected=(_ints(0), np.array([R2])))


def test_integer_inputs(kata):
    """Integer query and corpus give float64 scores."""
    kata.check("cosine_top_k", np.array([1, 0]), np.array([[0, 1], [3, 4], [2, 0]]), 2,
               expected=(_ints(2, 1), np.array([1.0, 0.6])))


def test_matches_reference_on_random_data(kata, rng):
    """Random corpora of 1 to 40 rows in 2 to 16 dimensions, random k (sometimes above n)."""
    arg_sets = []
    for _ in range(8):
        n, d = int(rng.integers(1, 41)), int(rng.integers(2, 17))
        arg_sets.append(((rng.standard_normal(d), rng.standard_normal((n, d)), int(rng.integers(1, n + 5))), {}))
    kata.check_each("cosine_top_k", arg_sets)


def test_negative_k_raises(kata):
    """k = −1 raises ValueError."""
    kata.raises("ValueError", "cosine_top_k", np.array([1.0, 0.0]), CORPUS, -1)


def test_dimension_mismatch_raises(kata):
    """A query of length 3 against rows of length 2 raises ValueError."""
    kata.raises("ValueError", "cosine_top_k", np.array([1.0, 0.0, 0.0]), CORPUS, 2)


def test_scores_are_sorted_and_bounded(kata, rng):
    """On random data the scores never increase and lie in [−1, 1] (up to rounding)."""
    result = kata.call("cosine_top_k", rng.standard_normal(8), rng.standard_normal((30, 8)), 30)
    indices, scores = result.value
    scores = np.asarray(scores, dtype=float)
    require(np.all(np.diff(scores) <= 0), f"{result.shown}: the scores should be sorted from highest to lowest")
    require(np.all(np.abs(scores) <= 1 + 1e-12), f"{result.shown}: cosine similarities lie in [−1, 1]")
    require(sorted(np.asarray(indices).tolist()) == list(range(30)), f"{result.shown}: k = n should return every row once")


def test_shapes_are_checked_before_the_shortcut(kata):
    """k = 0 returns nothing, but shapes are checked before the shortcut: a (3,) query against (2, 2) rows raises ValueError."""
    kata.raises("ValueError", "cosine_top_k", np.array([0.7, 0.1, 0.2]), np.array([[1.0, 0.0], [0.0, 1.0]]), 0)
    kata.raises("ValueError", "cosine_top_k", np.array([0.7, 0.1]), np.array([0.7, 0.1]), 0)
