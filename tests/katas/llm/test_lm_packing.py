"""Hidden tests for llm/lm_packing: pack_documents(docs, seq_len, eos_id)."""
import numpy as np

from grader.testing import require

DOCS = [[5, 6, 7], [8], [9, 10]]              # stream 5 6 7 0 8 0 9 10 0 (eos 0), 9 tokens


def _i(rows):
    return np.array(rows, dtype=np.int64)


def _attention(segments):
    segments = np.asarray(segments)
    L = segments.shape[-1]
    return np.tril(np.ones((L, L), dtype=bool))[None] & (segments[:, :, None] == segments[:, None, :])


def test_shift_and_overlap_by_hand(kata):
    """L = 3: R = (9 − 1) // 3 = 2 rows reading stream[0:4] and stream[3:7]: targets are the inputs shifted by one."""
    segments = [[0, 0, 0], [0, 1, 1]]
    kata.check("pack_documents", DOCS, 3, 0, expected=(
        _i([[5, 6, 7], [0, 8, 0]]), _i([[6, 7, 0], [8, 0, 9]]), _i(segments), _i([[0, 1, 2], [3, 0, 1]]),
        _attention(segments), np.array([[True, True, True], [False, True, False]])))


def test_document_split_across_rows(kata):
    """L = 4 then L = 2: a document split between rows keeps counting its positions in the next row."""
    segments = [[0, 0, 0, 0], [1, 1, 2, 2]]
    kata.check("pack_documents", DOCS, 4, 0, expected=(
        _i([[5, 6, 7, 0], [8, 0, 9, 10]]), _i([[6, 7, 0, 8], [0, 9, 10, 0]]), _i(segments),
        _i([[0, 1, 2, 3], [0, 1, 0, 1]]), _attention(segments),
        np.array([[True, True, True, False], [True, False, True, True]])))
    # L = 2, eos 11: 4 rows; doc 0 (5 6 7 eos) spans rows 0 and 1, positions 2, 3 in row 1
    segments = [[0, 0], [0, 0], [1, 1], [2, 2]]
    kata.check("pack_documents", DOCS, 2, 11, expected=(
        _i([[5, 6], [7, 11], [8, 11], [9, 10]]), _i([[6, 7], [11, 8], [11, 9], [10, 11]]), _i(segments),
        _i([[0, 1], [2, 3], [0, 1], [0, 1]]), _attention(segments),
        np.array([[True, True], [True, False], [True, False], [True, True]])))


def test_remainder_is_dropped(kata):
    """9 stream tokens, L = 5: only 1 row ((9 − 1) // 5); the last 3 tokens are never a target."""
    result = kata.check("pack_documents", DOCS, 5, 0).value
    require(result[0].shape == (1, 5), f"inputs has shape {result[0].shape}, expected (1, 5)")
    kata.check("pack_documents", DOCS, 8, 0, expected=(
        _i([[5, 6, 7, 0, 8, 0, 9, 10]]), _i([[6, 7, 0, 8, 0, 9, 10, 0]]), _i([[0, 0, 0, 0, 1, 1, 2, 2]]),
        _i([[0, 1, 2, 3, 0, 1, 0, 1]]), _attention([[0, 0, 0, 0, 1, 1, 2, 2]]),
        np.array([[True, True, True, False, True, False, True, True]])))


def test_too_short_stream_gives_no_rows(kata):
    """Stream of exactly L tokens: (L − 1) // L = 0 rows, shapes (0, L); no document at all: also 0 rows."""
    empty = (np.zeros((0, 4), dtype=np.int64),) * 4 + (np.zeros((0, 4, 4), dtype=bool), np.zeros((0, 4), dtype=bool))
    kata.check("pack_documents", [[5, 6, 7]], 4, 0, expected=empty)
    kata.check("pack_documents", [], 4, 0, expected=empty)


def test_stream_of_exactly_one_row(kata):
    """Stream of exactly L + 1 tokens: one row, every stream token but the first is a target."""
    kata.check("pack_documents", [[5, 6, 7]], 3, 1, expected=(
        _i([[5, 6, 7]]), _i([[6, 7, 1]]), _i([[0, 0, 0]]), _i([[0, 1, 2]]), _attention([[0, 0, 0]]),
        np.array([[True, True, True]])))


def test_empty_documents_are_an_eos(kata):
    """An empty document still adds its eos (a segment of one token, position 0): stream 0 0 4 0, L = 3."""
    segments = [[0, 1, 2]]
    kata.check("pack_documents", [[], [], [4]], 3, 0, expected=(
        _i([[0, 0, 4]]), _i([[0, 4, 0]]), _i(segments), _i([[0, 0, 0]]), _attention(segments),
        np.array([[False, False, True]])))


def test_seq_len_one(kata):
    """L = 1, stream 5 6 0 0: 3 rows of one token, all of doc 0 (positions 0, 1, 2); attention is the diagonal."""
    kata.check("pack_documents", [[5, 6], []], 1, 0, expected=(
        _i([[5], [6], [0]]), _i([[6], [0], [0]]), _i([[0], [0], [0]]), _i([[0], [1], [2]]),
        np.ones((3, 1, 1), dtype=bool), np.array([[True], [True], [False]])))


def test_matches_reference_on_random_documents(kata, rng):
    """Random documents (lengths 0..9, up to 6 of them), L in {3, 5, 8}."""
    for L in (3, 5, 8):
        docs = [[int(t) for t in rng.integers(1, 50, size=rng.integers(0, 10))] for _ in range(int(rng.integers(1, 7)))]
        kata.check("pack_documents", docs, L, 0)


def test_every_target_is_the_next_stream_token(kata, rng):
    """Flattened, the targets are the stream from its second token on, and rows overlap by one token."""
    docs = [[int(t) for t in rng.integers(1, 50, size=n)] for n in (4, 0, 7, 2, 5)]
    inputs, targets = kata.call("pack_documents", docs, 4, 0).value[:2]
    stream = [t for doc in docs for t in doc + [0]]
    R = (len(stream) - 1) // 4
    require(targets.reshape(-1).tolist() == stream[1:1 + 4 * R], "the targets are not the stream shifted by one")
    require(inputs[1:, 0].tolist() == targets[:-1, -1].tolist(), "a row should start with the previous row's last target")


def test_bad_seq_len_raises(kata):
    """seq_len 0 (or negative) is a ValueError."""
    kata.raises("ValueError", "pack_documents", DOCS, 0, 0)
    kata.raises("ValueError", "pack_documents", [], -2, 0)
