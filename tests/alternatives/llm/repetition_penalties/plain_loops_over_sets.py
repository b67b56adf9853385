"""Plain Python loops: a set of seen ids for Hugging Face's rule, collections.Counter for OpenAI's.
"""
from collections import Counter

import numpy as np


def _rows(logits, token_ids):
    out = np.array(logits, dtype=np.float64)
    if out.ndim == 1:
        return out, [out], [list(np.asarray(token_ids).reshape(-1))]
    if out.ndim != 2:
        raise ValueError("logits must be 1-D or 2-D")
    sequences = [list(np.asarray(s).reshape(-1)) for s in token_ids]
    if len(sequences) != out.shape[0]:
        raise ValueError("one sequence of ids per row")
    return out, list(out), sequences


def _check_ids(sequence, V):
    for token in sequence:
        if not 0 <= int(token) < V:
            raise ValueError(f"token id {token} outside 0 … {V - 1}")


def repetition_penalty(logits, token_ids, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be positive")
    out, rows, sequences = _rows(logits, token_ids)
    for row, sequence in zip(rows, sequences):
        _check_ids(sequence, len(row))
        for token in set(int(t) for t in sequence):
            if row[token] > 0:
                row[token] = row[token] / penalty
            elif row[token] < 0:
                row[token] = row[token] * penalty
    return out


def presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0):
    out, rows, sequences = _rows(logits, token_ids)
    for row, sequence in zip(rows, sequences):
        _check_ids(sequence, len(row))
        for token, count in Counter(int(t) for t in sequence).items():
            row[token] = row[token] - count * frequency_penalty - presence_penalty
    return out
