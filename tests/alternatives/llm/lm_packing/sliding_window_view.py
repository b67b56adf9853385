"""numpy: the stream as arrays, rows from a strided window view (copied), positions from cumulative counts."""
import numpy as np


def pack_documents(docs, seq_len, eos_id):
    if seq_len < 1:
        raise ValueError("seq_len must be >= 1")
    lengths = np.array([len(d) + 1 for d in docs], dtype=np.int64)
    stream = np.array([t for d in docs for t in list(d) + [eos_id]], dtype=np.int64)
    segment = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    starts_of_docs = np.repeat(np.cumsum(lengths) - lengths, lengths)
    position = np.arange(stream.size, dtype=np.int64) - starts_of_docs
    L = seq_len
    R = (stream.size - 1) // L if stream.size else 0
    if R == 0:
        z = np.zeros((0, L), dtype=np.int64)
        return z, z.copy(), z.copy(), z.copy(), np.zeros((0, L, L), dtype=bool), np.zeros((0, L), dtype=bool)
    windows = np.lib.stride_tricks.sliding_window_view(np.arange(stream.size), L + 1)[::L][:R]
    idx = windows[:, :L]
    seg = segment[idx].copy()
    attention = (seg[:, :, None] == seg[:, None, :]) & (np.arange(L)[:, None] >= np.arange(L)[None, :])
    return (stream[idx].copy(), stream[windows[:, 1:]].copy(), seg, position[idx].copy(),
            attention, stream[idx] != eos_id)
