"""Token ids are not checked: −1 silently penalises the last token (numpy's negative indexing), V crashes with IndexError.

Check that every id lies in 0 … V − 1 and raise ValueError otherwise.
"""
NAMED_BY_MESSAGE = "should raise ValueError, but it raised IndexError"
import numpy as np


def _counts(logits, token_ids):
    """A float64 copy of logits as rows (B, V), and c[b, j]: how often token j occurs in row b's ids."""
    scores = np.array(logits, dtype=np.float64)          # np.array copies: the caller's logits stay as they were
    if scores.ndim not in (1, 2):
        raise ValueError(f"logits must be (V,) or (B, V), got shape {scores.shape}")
    rows = scores.reshape(1, -1) if scores.ndim == 1 else scores
    sequences = [token_ids] if scores.ndim == 1 else list(token_ids)
    if len(sequences) != rows.shape[0]:
        raise ValueError(f"{rows.shape[0]} rows of logits but {len(sequences)} sequences of token ids")
    V = rows.shape[1]
    counts = np.zeros(rows.shape, dtype=np.int64)
    for b, sequence in enumerate(sequences):
        ids = np.asarray(sequence, dtype=np.int64).reshape(-1)
        np.add.at(counts[b], ids, 1)
    return scores, rows, counts


def repetition_penalty(logits, token_ids, penalty):
    if not penalty > 0:
        raise ValueError(f"penalty must be > 0, got {penalty}")
    scores, rows, counts = _counts(logits, token_ids)
    seen = counts > 0                                    # a set: a repeated id is penalised once
    # both rules move a seen logit towards "less likely" when penalty > 1; 0 stays 0
    rows[seen & (rows > 0)] /= penalty
    rows[seen & (rows < 0)] *= penalty
    return scores


def presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0):
    scores, rows, counts = _counts(logits, token_ids)
    rows -= counts * frequency_penalty + (counts > 0) * presence_penalty
    return scores
