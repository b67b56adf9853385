"""One row too few

A stream of L tokens holds (L − 1) // T overlapping rows of T + 1 tokens: row r needs tokens up to r·T + T.
"""
import numpy as np


def pack_rows(documents, seq_len, eos_id):
    tokens = np.array([token for document in documents for token in [*document, eos_id]], dtype=np.int64)
    is_eos = (tokens == eos_id).astype(np.int64)
    doc_ids = np.cumsum(is_eos) - is_eos          # the EOS tokens strictly before each position
    n_rows = max(len(tokens) // seq_len - 1, 0)
    starts = np.arange(n_rows) * seq_len
    index = starts[:, None] + np.arange(seq_len + 1)
    return tokens[index], doc_ids[index]


def shift(rows):
    return rows[:, :-1].copy(), rows[:, 1:].copy()


def document_mask(doc_ids):
    same_document = doc_ids[:, :, None] == doc_ids[:, None, :]
    t = doc_ids.shape[1]
    return same_document & np.tril(np.ones((t, t), dtype=bool))


def pack(documents, seq_len, eos_id):
    rows, doc_ids = pack_rows(documents, seq_len, eos_id)
    inputs, targets = shift(rows)
    return inputs, targets, document_mask(doc_ids[:, :-1])
