"""A while loop over the windows, and a per-token table of which window scores each target (plain loops).
"""
import math

import numpy as np


def sliding_windows(n_tokens, max_length, stride):
    if max_length < 2 or stride < 1 or stride > max_length or n_tokens < 2:
        raise ValueError("invalid window parameters")
    windows, begin, prev_end = [], 0, 0
    while True:
        end = min(begin + max_length, n_tokens)
        first = prev_end if prev_end > begin else begin + 1
        windows.append((begin, end, first))
        if end >= n_tokens:
            return windows
        prev_end, begin = end, begin + stride


def sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride):
    if np.ndim(token_ids) != 1:
        raise ValueError("token_ids must be 1-D")
    tokens = [int(t) for t in token_ids]
    windows = sliding_windows(len(tokens), max_length, stride)
    scorer = [None] * len(tokens)                 # scorer[t]: the window that scores target t
    for w, (begin, end, first) in enumerate(windows):
        for t in range(first, end):
            scorer[t] = w
    total, count = 0.0, 0
    for w, (begin, end, first) in enumerate(windows):
        logprobs = logprobs_fn(np.array(tokens[begin:end]))
        for t in range(begin + 1, end):
            if scorer[t] == w:
                total += -float(logprobs[t - begin - 1][tokens[t]])
                count += 1
    return math.exp(total / count)
