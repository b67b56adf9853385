"""Debug: a language-model data loader that packs documents into rows.

Task
    This file has 4 bugs. The code below is meant to turn tokenised documents into training
    rows for next-token prediction, packing several documents into one row with a document
    mask. Find and fix the bugs; grading tells you how many remain and which ones you have
    fixed, not where they are.

    What the code should do:

    pack_rows(documents, seq_len, eos_id) -> (rows, doc_ids)
        The stream is every document followed by one eos_id, in order (an empty document
        contributes its EOS alone). doc_ids gives, for each stream position, the index of the
        document it belongs to; a document's EOS belongs to that document. Row r is the window
        stream[r·T : r·T + T + 1] (T = seq_len; consecutive rows share one token), for every r
        whose window fits: n_rows = (L − 1) // T for a stream of L ≥ 1 tokens, 0 for L = 0;
        the tail that does not fill a row is dropped.
    shift(rows) -> (inputs, targets)
        inputs are the first T tokens of each row and targets the next token of each input.
    document_mask(doc_ids) -> mask
        For each row of document ids of the inputs, mask[r, i, j] is True when input j may be
        seen from input i: j ≤ i and both in the same document.
    pack(documents, seq_len, eos_id) -> (inputs, targets, mask)
        All three together; the mask uses the document ids of the inputs.

Signature
    pack_rows(documents, seq_len, eos_id) -> (rows, doc_ids)
    shift(rows) -> (inputs, targets)
    document_mask(doc_ids) -> mask
    pack(documents, seq_len, eos_id) -> (inputs, targets, mask)

Shapes and types
    documents      a list of lists of int token ids (never containing eos_id); may be empty
    seq_len        int T ≥ 1
    rows, doc_ids  int64 arrays (n_rows, T + 1)
    inputs, targets int64 arrays (n_rows, T);  mask a bool array (n_rows, T, T)
    Hidden tests: at most 6 documents of at most 12 tokens, T ≤ 8.

Example
    >>> rows, doc_ids = pack_rows([[5, 6], [7]], 4, eos_id=0)
    >>> rows, doc_ids
    (array([[5, 6, 0, 7, 0]]), array([[0, 0, 0, 1, 1]]))

Constraints
    numpy only. Returns new arrays; the inputs are not modified.

Time budget: 45 minutes.
"""
import numpy as np


def pack_rows(documents, seq_len, eos_id):
    tokens = np.array([token for document in documents for token in [*document, eos_id]], dtype=np.int64)
    is_eos = (tokens == eos_id).astype(np.int64)
    # BEGIN BUG eos_joins_next_document: an EOS token gets the id of the document after it
    doc_ids = np.cumsum(is_eos) - is_eos          # the EOS tokens strictly before each position
    # PLANTED
    # doc_ids = np.cumsum(is_eos)
    # END BUG
    # BEGIN BUG rows_do_not_overlap: rows start every T + 1 tokens, so consecutive rows share no token
    n_rows = max(len(tokens) - 1, 0) // seq_len
    starts = np.arange(n_rows) * seq_len
    # PLANTED
    # n_rows = len(tokens) // (seq_len + 1)
    # starts = np.arange(n_rows) * (seq_len + 1)
    # END BUG
    index = starts[:, None] + np.arange(seq_len + 1)
    return tokens[index], doc_ids[index]


def shift(rows):
    # BEGIN BUG shift_reversed: the targets are the previous tokens, not the next ones
    return rows[:, :-1].copy(), rows[:, 1:].copy()
    # PLANTED
    # return rows[:, 1:].copy(), rows[:, :-1].copy()
    # END BUG


def document_mask(doc_ids):
    same_document = doc_ids[:, :, None] == doc_ids[:, None, :]
    # BEGIN BUG mask_not_causal: the document mask lets a token see later tokens of its document
    t = doc_ids.shape[1]
    return same_document & np.tril(np.ones((t, t), dtype=bool))
    # PLANTED
    # return same_document
    # END BUG


def pack(documents, seq_len, eos_id):
    rows, doc_ids = pack_rows(documents, seq_len, eos_id)
    inputs, targets = shift(rows)
    return inputs, targets, document_mask(doc_ids[:, :-1])
