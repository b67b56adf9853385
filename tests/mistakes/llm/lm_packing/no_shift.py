"""Targets equal to the inputs (no next-token shift).

targets[r, t] is the token AFTER inputs[r, t]: stream[starts + 1].
"""
import numpy as np


def pack_documents(docs, seq_len, eos_id):
    if seq_len < 1:
        raise ValueError(f"seq_len must be at least 1, not {seq_len}")
    stream, segment, position = [], [], []
    for index, doc in enumerate(docs):
        for offset, token in enumerate(list(doc) + [eos_id]):
            stream.append(token)
            segment.append(index)
            position.append(offset)
    stream = np.array(stream, dtype=np.int64)
    segment = np.array(segment, dtype=np.int64)
    position = np.array(position, dtype=np.int64)
    L = seq_len
    R = max(len(stream) - 1, 0) // L
    starts = np.arange(R)[:, None] * L + np.arange(L)[None, :]      # (R, L) stream indices
    inputs, targets = stream[starts], stream[starts]
    segment_ids, positions = segment[starts], position[starts]
    causal = np.tril(np.ones((L, L), dtype=bool))
    same_doc = segment_ids[:, :, None] == segment_ids[:, None, :]
    attention_mask = causal[None] & same_doc
    loss_mask = inputs != eos_id
    return inputs, targets, segment_ids, positions, attention_mask, loss_mask
