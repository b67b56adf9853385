"""Document ids with np.repeat, rows with a list comprehension."""
import numpy as np


def pack_rows(documents, seq_len, eos_id):
    tokens = np.array([token for document in documents for token in [*document, eos_id]], dtype=np.int64)
    is_eos = (tokens == eos_id).astype(np.int64)
    doc_ids = np.repeat(np.arange(len(documents)), [len(d) + 1 for d in documents]).astype(np.int64)
    n_rows = max(len(tokens) - 1, 0) // seq_len
    starts = np.arange(n_rows) * seq_len
    rows = np.array([tokens[s:s + seq_len + 1] for s in starts], dtype=np.int64).reshape(n_rows, seq_len + 1)
    ids = np.array([doc_ids[s:s + seq_len + 1] for s in starts], dtype=np.int64).reshape(n_rows, seq_len + 1)
    return rows, ids


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
