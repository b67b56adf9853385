"""Target t is read from row t − begin instead of row t − begin − 1: the prediction made AT t, not before it.

Row i predicts the token that FOLLOWS position i: target t comes from row t − begin − 1.
"""
import math

import numpy as np


def sliding_windows(n_tokens, max_length, stride):
    if max_length < 2:
        raise ValueError(f"max_length must be >= 2, got {max_length}")
    if not 1 <= stride <= max_length:
        raise ValueError(f"stride must be in 1 … max_length = {max_length}, got {stride}")
    if n_tokens < 2:
        raise ValueError(f"at least 2 tokens are needed, got {n_tokens}")
    windows = []
    prev_end = 0
    for begin in range(0, n_tokens, stride):
        end = min(begin + max_length, n_tokens)
        # targets before prev_end were scored by an earlier window; target `begin` has no
        # prediction inside this window (its previous token is outside)
        windows.append((begin, end, max(prev_end, begin + 1)))
        prev_end = end
        if end == n_tokens:
            break
    return windows


def sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride):
    tokens = np.asarray(token_ids, dtype=np.int64)
    if tokens.ndim != 1:
        raise ValueError(f"token_ids must be 1-D, got shape {tokens.shape}")
    nll, n_scored = 0.0, 0
    for begin, end, first_scored in sliding_windows(len(tokens), max_length, stride):
        logprobs = np.asarray(logprobs_fn(tokens[begin:end]), dtype=np.float64)
        targets = np.arange(first_scored, end)
        # row t − begin − 1 holds the prediction of token t
        nll -= float(logprobs[targets - begin, tokens[targets]].sum())
        n_scored += len(targets)
    return math.exp(nll / n_scored)
