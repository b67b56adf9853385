"""Perplexity of a long text with a model of limited context: a sliding window with a stride.

Task
    A model that reads at most max_length tokens cannot score a long sequence of N tokens in one
    pass. The Hugging Face recipe ("Perplexity of fixed-length models") slides a window of
    max_length tokens along the sequence, stride tokens at a time, and in each window scores
    only the tokens no earlier window has scored: the window's first tokens are context only.
    Write the windows, then the perplexity.

    sliding_windows(n_tokens, max_length, stride): the list of windows, in order, each a tuple
    (begin, end, first_scored), all Python ints:
        prev_end = 0
        for begin in range(0, n_tokens, stride):
            end = min(begin + max_length, n_tokens)
            first_scored = max(prev_end, begin + 1)
            the window is token_ids[begin:end]; it scores the targets first_scored … end − 1
            prev_end = end
            stop after this window if end == n_tokens
    Token 0 is never scored (nothing predicts it), and a target t is scored only in a window
    that also holds token t − 1 (t > begin). With stride < max_length every token 1 … N − 1 is
    scored exactly once; with stride == max_length (no overlap) the first token of each later
    window has no prediction inside its window and is not scored at all; a final window of a
    single token scores nothing (first_scored == end).

    sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride): for each window in
    that order, call logprobs_fn(token_ids[begin:end]) exactly once (also for a window that
    scores nothing). It returns an array (end − begin, V) of log-probabilities: row i is the
    distribution of the token that FOLLOWS window position i, so target t (begin < t < end) is
    scored by row t − begin − 1, at column token_ids[t]. With NLL the sum of −log p over every
    scored target and n_scored their number:
        perplexity = exp(NLL / n_scored)

Signature
    sliding_windows(n_tokens, max_length, stride) -> [(begin, end, first_scored), ...]
    sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride) -> perplexity

Shapes and types
    n_tokens, max_length, stride: ints. token_ids: a 1-D int array or a list of ints, length N.
    logprobs_fn: a callable, window_ids (1-D int array, 1 ≤ length ≤ max_length) -> float64
    array (length, V); the hidden tests' models raise ValueError on a window longer than
    max_length. The windows: a new list of tuples of 3 Python ints. perplexity: a Python float.
    The inputs are not modified. The hidden tests use N ≤ 40, max_length ≤ 8 and V ≤ 6.

Example
    >>> sliding_windows(6, 4, 2)      # window 2 re-reads tokens 2, 3 as context, scores 4, 5
    [(0, 4, 1), (2, 6, 4)]
    >>> sliding_windows(7, 3, 3)      # no overlap: tokens 3 and 6 are never scored
    [(0, 3, 1), (3, 6, 4), (6, 7, 7)]
    >>> import numpy as np
    >>> uniform = lambda window: np.full((len(window), 4), np.log(0.25))
    >>> round(sliding_window_perplexity(uniform, [0, 3, 1, 2, 2], 3, 1), 9)
    4.0

Constraints
    Plain Python and numpy only. Raise ValueError (in both functions, before any call) when
    max_length < 2, when stride < 1 or stride > max_length (a gap would leave tokens unread),
    when there are fewer than 2 tokens (nothing to score), or when token_ids is not 1-D.
    Coming from Hugging Face: the recipe passes labels with the context tokens set to −100 and
    lets the model shift them; its windows and scored tokens are ours. It accumulates
    loss · (number of valid labels − 1) per window: after the first window, when the windows
    overlap, the loss is a mean over trg_len = end − prev_end targets but is weighted by
    trg_len − 1, so its perplexity differs slightly from the exact exp(NLL / n_scored). It is
    exactly ours when stride == max_length or when N ≤ max_length (one window); a final
    one-token window gives it NaN (a mean over no labels) where ours adds nothing.

Time budget: 30 minutes.
"""
import math

import numpy as np


def sliding_windows(n_tokens, max_length, stride):
    # BEGIN SOLUTION
    # Complexity: O(N / stride) time and memory (N tokens).
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
    # END SOLUTION


def sliding_window_perplexity(logprobs_fn, token_ids, max_length, stride):
    # BEGIN SOLUTION
    tokens = np.asarray(token_ids, dtype=np.int64)
    if tokens.ndim != 1:
        raise ValueError(f"token_ids must be 1-D, got shape {tokens.shape}")
    nll, n_scored = 0.0, 0
    for begin, end, first_scored in sliding_windows(len(tokens), max_length, stride):
        logprobs = np.asarray(logprobs_fn(tokens[begin:end]), dtype=np.float64)
        targets = np.arange(first_scored, end)
        # row t − begin − 1 holds the prediction of token t
        nll -= float(logprobs[targets - begin - 1, tokens[targets]].sum())
        n_scored += len(targets)
    return math.exp(nll / n_scored)
    # END SOLUTION
