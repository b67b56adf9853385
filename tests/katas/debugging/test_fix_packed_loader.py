"""Hidden tests for debugging/fix_packed_loader: pack_rows, shift, document_mask and pack."""
import numpy as np

from grader import compare
from grader.testing import require

T, F = True, False
TWO_DOCS = [[5, 6], [7]]          # stream 5 6 EOS 7 EOS, EOS = 0


def _random_documents(rng):
    return [list(rng.integers(1, 50, size=rng.integers(0, 8))) for _ in range(rng.integers(1, 6))]


def test_pack_rows_two_documents_by_hand(kata):
    """[[5, 6], [7]], T = 4: one row 5 6 0 7 0; each EOS belongs to the document it ends: ids 0 0 0 1 1."""
    kata.check("pack_rows", TWO_DOCS, 4, 0,
               expected=(np.array([[5, 6, 0, 7, 0]]), np.array([[0, 0, 0, 1, 1]])))


def test_pack_rows_one_long_document_by_hand(kata):
    """Tokens 1…10, T = 3: stream of 11, (11 − 1) // 3 = 3 rows of 4 sharing one token: 1–4, 4–7, 7–10."""
    kata.check("pack_rows", [list(range(1, 11))], 3, 0,
               expected=(np.array([[1, 2, 3, 4], [4, 5, 6, 7], [7, 8, 9, 10]]), np.zeros((3, 4), dtype=np.int64)))


def test_pack_rows_tokens_of_several_documents_by_hand(kata):
    """[[1, 2, 3], [4, 5], [6, 7, 8, 9]], T = 3: stream 1 2 3 0 4 5 0 6 7 8 9 0, rows 1 2 3 0 | 0 4 5 0 | 0 6 7 8 (the tokens only)."""
    result = kata.call("pack_rows", [[1, 2, 3], [4, 5], [6, 7, 8, 9]], 3, 0)
    expected = np.array([[1, 2, 3, 0], [0, 4, 5, 0], [0, 6, 7, 8]])
    problem = compare.compare(result.value[0], expected, where="the rows")
    require(problem is None, f"{result.shown}: {problem}")


def test_pack_rows_empty_documents_by_hand(kata):
    """An empty document contributes its EOS alone, with its own id: [[5], [], [6, 7]], T = 2 gives stream 5 0 | 0 | 6 7 0."""
    # ids 0 0 1 2 2 2; (6 − 1) // 2 = 2 rows: stream[0:3] and stream[2:5]
    kata.check("pack_rows", [[5], [], [6, 7]], 2, 0,
               expected=(np.array([[5, 0, 0], [0, 6, 7]]), np.array([[0, 0, 1], [1, 2, 2]])))
    # a trailing empty document: [[5], []], T = 1, stream 5 0 | 0, ids 0 0 1, (3 − 1) // 1 = 2 rows
    kata.check("pack_rows", [[5], []], 1, 0,
               expected=(np.array([[5, 0], [0, 0]]), np.array([[0, 0], [0, 1]])))


def test_pack_rows_random(kata, rng):
    """Random documents (some empty) and row lengths."""
    for _ in range(4):
        kata.check("pack_rows", _random_documents(rng), int(rng.integers(1, 6)), 0)


def test_pack_rows_too_short_or_empty(kata):
    """A stream shorter than T + 1 gives no row, shape (0, T + 1); so does no document at all."""
    empty = np.zeros((0, 5), dtype=np.int64)
    kata.check("pack_rows", [[3]], 4, 0, expected=(empty, empty))
    kata.check("pack_rows", [], 4, 0, expected=(empty, empty))


def test_shift_by_hand(kata):
    """Row 5 6 0 7 0: inputs 5 6 0 7, targets 6 0 7 0 (each input's next token)."""
    kata.check("shift", np.array([[5, 6, 0, 7, 0]]), expected=(np.array([[5, 6, 0, 7]]), np.array([[6, 0, 7, 0]])))


def test_shift_random(kata, rng):
    """Random rows."""
    kata.check("shift", rng.integers(0, 9, size=(3, 6)))


def test_document_mask_by_hand(kata):
    """Ids 0 0 1 1: each token sees itself and earlier tokens of its own document only."""
    kata.check("document_mask", np.array([[0, 0, 1, 1]]),
               expected=np.array([[[T, F, F, F], [T, T, F, F], [F, F, T, F], [F, F, T, T]]]))


def test_document_mask_random(kata, rng):
    """Random sorted document ids, several rows."""
    kata.check("document_mask", np.sort(rng.integers(0, 3, size=(2, 6)), axis=1))


def test_pack_by_hand(kata):
    """[[5, 6], [7]], T = 4: inputs 5 6 0 7, targets 6 0 7 0, and 7 sees only itself."""
    mask = np.array([[[T, F, F, F], [T, T, F, F], [T, T, T, F], [F, F, F, T]]])
    kata.check("pack", TWO_DOCS, 4, 0, expected=(np.array([[5, 6, 0, 7]]), np.array([[6, 0, 7, 0]]), mask))


def test_pack_random(kata, rng):
    """Random documents and row lengths, end to end."""
    for _ in range(3):
        kata.check("pack", _random_documents(rng), int(rng.integers(1, 5)), 0)
