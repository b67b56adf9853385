"""Hugging Face's way: labels with the context set to −100, shifted by one inside each window; the
sum of the per-token losses (not mean × count) over the valid labels.
"""
import math

import numpy as np

IGNORE = -100


def sliding_windows(n_tokens, max_length, stride):
    if max_length < 2:
        raise ValueError("max_length must be >= 2")
    if stride < 1 or stride > max_length:
        raise ValueError("stride must be in 1 … max_length")
    if n_tokens < 2:
        raise ValueError("need at least 2 tokens")
    starts = range(0, n_tokens, stride)
    windows, prev_end = [], 0
    for begin in starts:
        end = min(begin + max_length, n_tokens)
        trg_len = end - prev_end
        labels = np.arange(begin, end)
        labels[: len(labels) - trg_len] = IGNORE       # the context tokens
        shifted = labels[1:]                           # the model's internal shift drops position 0
        valid = shifted[shifted != IGNORE]
        windows.append((begin, end, int(valid[0]) if valid.size else end))
        prev_end = end
        if end == n_tokens:
            break
    return windows


def sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride):
    tokens = np.array(token_ids, dtype=np.int64)
    if tokens.ndim != 1:
        raise ValueError("token_ids must be 1-D")
    nll, n_scored = 0.0, 0
    for begin, end, first in sliding_windows(tokens.size, max_length, stride):
        window = tokens[begin:end]
        logprobs = np.asarray(logprobs_fn(window))
        labels = window.copy()
        labels[: first - begin] = IGNORE
        shift_logprobs, shift_labels = logprobs[:-1], labels[1:]
        keep = shift_labels != IGNORE
        nll += -np.take_along_axis(shift_logprobs[keep], shift_labels[keep][:, None], axis=1).sum()
        n_scored += int(keep.sum())
    return math.exp(nll / n_scored)
