"""Hidden tests for data/tfidf: tfidf(documents) -> (vocabulary, matrix)."""
import math

import numpy as np

from grader.testing import require

L = math.log(3 / 2) + 1  # smoothed idf of a token in 1 of 2 documents: ln((1 + 2) / (1 + 1)) + 1


def test_two_documents_by_hand(kata):
    """[["a", "b", "a"], ["b", "c"]]: idf(a) = idf(c) = ln(3/2) + 1, idf(b) = 1; rows L2-normalised."""
    # Row 0: counts (2, 1, 0) → weights (2L, 1, 0), norm √(4L² + 1).
    # Row 1: counts (0, 1, 1) → weights (0, 1, L), norm √(1 + L²).
    row0 = np.array([2 * L, 1.0, 0.0]) / math.sqrt(4 * L * L + 1)
    row1 = np.array([0.0, 1.0, L]) / math.sqrt(1 + L * L)
    kata.check("tfidf", [["a", "b", "a"], ["b", "c"]], expected=(["a", "b", "c"], np.vstack([row0, row1])))


def test_token_in_every_document_keeps_weight(kata):
    """A token in every document has idf ln(3/3) + 1 = 1, not 0: [["x", "y"], ["x"]]."""
    # Row 0: weights (1, L), norm √(1 + L²). Row 1: weights (1, 0), norm 1.
    kata.check("tfidf", [["x", "y"], ["x"]],
               expected=(["x", "y"], np.array([[1.0, L], [1.0, 0.0]]) / np.array([[math.sqrt(1 + L * L)], [1.0]])))


def test_only_shared_tokens_by_hand(kata):
    """Both documents ["a", "b"]: every idf is 1, each row is (1, 1)/√2."""
    kata.check("tfidf", [["a", "b"], ["b", "a"]],
               expected=(["a", "b"], np.full((2, 2), 1 / math.sqrt(2))))


def test_counts_are_raw_and_df_counts_documents_by_hand(kata):
    """[["a", "a", "a", "b"], ["b"]]: tf(a) = 3 in row 0; df(a) = 1 document (not 3 occurrences)."""
    # idf(a) = L, idf(b) = 1. Row 0: weights (3L, 1), norm √(9L² + 1). Row 1: (0, 1).
    kata.check("tfidf", [["a", "a", "a", "b"], ["b"]],
               expected=(["a", "b"], np.array([[3 * L / math.sqrt(9 * L * L + 1), 1 / math.sqrt(9 * L * L + 1)], [0.0, 1.0]])))


def test_vocabulary_in_sorted_order(kata):
    """The vocabulary is sorted, capitals first: ["b", "B", "a"] gives ['B', 'a', 'b'] whatever the order seen."""
    # One document: every idf is 1, the three weights are equal: 1/√3 each.
    kata.check("tfidf", [["b", "B", "a"]], expected=(["B", "a", "b"], np.full((1, 3), 1 / math.sqrt(3))))


def test_empty_document_row_stays_zero(kata):
    """An empty document gets a row of zeros (no 0/0 = nan): [["a"], []]."""
    # n = 2, df(a) = 1: row 0 is (L)/L = 1; row 1 has nothing.
    kata.check("tfidf", [["a"], []], expected=(["a"], np.array([[1.0], [0.0]])))


def test_empty_document_still_counts_in_n(kata):
    """[["a", "b"], ["a"], []]: n = 3 documents (the empty one counts), so idf(a) = ln(4/3) + 1, idf(b) = ln 2 + 1."""
    idf_a, idf_b = math.log(4 / 3) + 1, math.log(2) + 1
    norm0, norm1 = math.hypot(idf_a, idf_b), idf_a
    kata.check("tfidf", [["a", "b"], ["a"], []],
               expected=(["a", "b"], np.array([[idf_a / norm0, idf_b / norm0], [idf_a / norm1, 0.0], [0.0, 0.0]])))


def test_matches_reference_on_random_documents(kata, rng):
    """Random documents over a small vocabulary (repeated tokens, empty documents, mixed case)."""
    words = ["the", "cat", "sat", "on", "mat", "The", "dog", "ran", "a", "Zebra", "zebra", "ok"]
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(1, 9))
        documents = [[words[int(k)] for k in rng.integers(0, len(words), int(rng.integers(0, 12)))] for _ in range(n)]
        arg_sets.append(((documents,), {}))
    kata.check_each("tfidf", arg_sets)


def test_no_documents(kata):
    """n = 0: an empty vocabulary and a float64 matrix of shape (0, 0)."""
    kata.check("tfidf", [], expected=([], np.zeros((0, 0))))


def test_only_empty_documents(kata):
    """Three empty documents: an empty vocabulary and a float64 matrix of shape (3, 0)."""
    kata.check("tfidf", [[], [], []], expected=([], np.zeros((3, 0))))


def test_single_document(kata):
    """One document ["b", "a", "b"]: idf is 1 everywhere, so the row is the counts (1, 2) / √5."""
    kata.check("tfidf", [["b", "a", "b"]], expected=(["a", "b"], np.array([[1.0, 2.0]]) / math.sqrt(5)))


def test_rows_are_unit_or_zero(kata, rng):
    """Property: every row has L2 norm 1 (or is all zeros for an empty document), and no entry is negative."""
    words = ["alpha", "beta", "gamma", "delta", "eps"]
    documents = [[words[int(k)] for k in rng.integers(0, 5, int(rng.integers(0, 8)))] for _ in range(12)]
    documents[3] = []
    result = kata.call("tfidf", documents)
    matrix = np.asarray(result.value[1], dtype=float)
    norms = np.linalg.norm(matrix, axis=1)
    expected = np.array([1.0 if len(d) else 0.0 for d in documents])
    require(np.allclose(norms, expected, atol=1e-9) and (matrix >= 0).all(),
            f"{result.shown}: each row should have L2 norm 1 (0 for an empty document) and no negative entry; "
            f"row norms were {np.round(norms, 4)}")
