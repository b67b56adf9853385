"""loss_mask is all True: the cross-document target after an eos is trained on.

Mask the targets whose input is an eos: the next document's first token is not predictable from a context the mask hides.
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
    inputs, targets = stream[starts], stream[starts + 1]
    segment_ids, positions = segment[starts], position[starts]
    causal = np.tril(np.ones((L, L), dtype=bool))
    same_doc = segment_ids[:, :, None] == segment_ids[:, None, :]
    attention_mask = causal[None] & same_doc
    loss_mask = np.ones((R, L), dtype=bool)
    return inputs, targets, segment_ids, positions, attention_mask, loss_mask
