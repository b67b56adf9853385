"""Builds every row with plain Python loops over the stream."""
import numpy as np


def pack_documents(docs, seq_len, eos_id):
    if seq_len < 1:
        raise ValueError("seq_len must be >= 1")
    tokens, seg, pos = [], [], []
    for d, doc in enumerate(docs):
        for p, tok in enumerate(doc):
            tokens.append(tok); seg.append(d); pos.append(p)
        tokens.append(eos_id); seg.append(d); pos.append(len(doc))
    L = seq_len
    R = (len(tokens) - 1) // L if tokens else 0
    inputs = np.zeros((R, L), dtype=np.int64)
    targets = np.zeros((R, L), dtype=np.int64)
    segments = np.zeros((R, L), dtype=np.int64)
    positions = np.zeros((R, L), dtype=np.int64)
    attention = np.zeros((R, L, L), dtype=bool)
    loss = np.zeros((R, L), dtype=bool)
    for r in range(R):
        for t in range(L):
            s = r * L + t
            inputs[r, t], targets[r, t] = tokens[s], tokens[s + 1]
            segments[r, t], positions[r, t] = seg[s], pos[s]
            loss[r, t] = tokens[s] != eos_id
            for j in range(t + 1):
                attention[r, t, j] = seg[r * L + j] == seg[s]
    return inputs, targets, segments, positions, attention, loss
