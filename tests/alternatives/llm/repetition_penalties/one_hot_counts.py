"""Counts as one-hot sums, the rules as np.where on whole arrays (no in-place updates).
"""
import numpy as np


def _logits_and_counts(logits, token_ids):
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim not in (1, 2):
        raise ValueError("logits must be (V,) or (B, V)")
    batch = x.reshape(1, -1) if x.ndim == 1 else x
    sequences = [token_ids] if x.ndim == 1 else [row for row in token_ids]
    if len(sequences) != batch.shape[0]:
        raise ValueError("wrong number of sequences")
    V = batch.shape[1]
    counts = []
    for sequence in sequences:
        ids = np.asarray(sequence, dtype=np.int64).ravel()
        if np.any((ids < 0) | (ids >= V)):
            raise ValueError("token id out of range")
        counts.append((ids[:, None] == np.arange(V)[None, :]).sum(axis=0))
    return batch, np.array(counts).reshape(batch.shape), x.shape


def repetition_penalty(logits, token_ids, penalty):
    if not penalty > 0:
        raise ValueError("penalty must be > 0")
    batch, counts, shape = _logits_and_counts(logits, token_ids)
    penalised = np.where(batch > 0, batch / penalty, np.where(batch < 0, batch * penalty, batch))
    return np.where(counts > 0, penalised, batch).reshape(shape)


def presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0):
    batch, counts, shape = _logits_and_counts(logits, token_ids)
    return (batch - frequency_penalty * counts - presence_penalty * (counts > 0)).reshape(shape)
