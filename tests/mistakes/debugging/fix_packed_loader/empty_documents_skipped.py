"""Empty documents skipped

The statement keeps every document: an empty one contributes its EOS alone and takes a document id of its own, so the ids of the documents after it count it. Build the stream from every document, empty or not.
"""
import numpy as np


def pack_rows(documents, seq_len, eos_id):
    tokens = np.array([token for document in documents if document for token in [*document, eos_id]], dtype=np.int64)
    is_eos = (tokens == eos_id).astype(np.int64)
    doc_ids = np.cumsum(is_eos) - is_eos          # the EOS tokens strictly before each position
    n_rows = max(len(tokens) - 1, 0) // seq_len
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
