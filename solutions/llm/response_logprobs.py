"""Per-token log-probabilities of a response, and the masked mean the post-training losses use.

Task
    A causal language model reads input_ids (B, T) and returns logits (B, T, V): the logits at
    position t predict the NEXT token, input_ids[:, t + 1]. Write three functions:

    token_logprobs(logits, input_ids)
        out[b, t] = log softmax(logits[b, t])[input_ids[b, t + 1]]  for t = 0 … T − 2,
        the log-probability the model gave to each token that follows (the shift: the first
        token has no prediction, the last logits predict nothing we have).
    masked_mean(values, mask, axis=None)
        the mean of values over the entries where mask is True:
        axis=None   one float, Σ values[mask] / (number of True entries);
        axis=-1     one mean per row over the last axis, shape values.shape[:-1].
        An empty selection (no True entry, or a row with no True entry) has mean exactly 0.0.
        Entries where mask is False are ignored entirely, even if they are inf or NaN.
    response_logprob(logits, input_ids, response_mask)
        the summed log-probability of the response tokens of each sequence (what DPO and
        rejection sampling score): Σ over t ≥ 1 with response_mask[b, t] of
        log p(input_ids[b, t] | input_ids[b, :t]). response_mask marks TOKENS of input_ids
        (prompt and padding False, response True); response_mask[:, 0] cannot be scored and
        is ignored.

Signature
    token_logprobs(logits, input_ids) -> logprobs
    masked_mean(values, mask, axis=None) -> float or array
    response_logprob(logits, input_ids, response_mask) -> sums

Shapes and types
    logits         float64 (B, T, V), B ≥ 1, T ≥ 1, V ≥ 1; any finite values
    input_ids      int array (B, T), entries in 0 … V − 1
    response_mask  bool (B, T)
    values, mask   float64 and bool arrays of the same shape (at least 1-D for axis=-1)
    returns        token_logprobs: a new float64 array (B, T − 1) (T = 1 gives (B, 0));
                   masked_mean: a Python float (axis=None) or a new float64 array (axis=-1);
                   response_logprob: a new float64 array (B,)
    Hidden tests use B ≤ 4, T ≤ 8, V ≤ 7.

Example
    >>> logits = np.zeros((1, 3, 4))                  # uniform over V = 4 tokens
    >>> token_logprobs(logits, np.array([[0, 2, 3]])).round(6)
    array([[-1.386294, -1.386294]])
    >>> masked_mean(np.array([[1.0, 2.0, 9.0], [4.0, 0.0, 0.0]]),
    ...             np.array([[True, True, False], [False, False, False]]), axis=-1)
    array([1.5, 0. ])
    >>> response_logprob(logits, np.array([[0, 2, 3]]), np.array([[False, True, True]])).round(6)
    array([-2.772589])

Constraints
    numpy only. Returns new arrays; the inputs are not modified. log softmax must be computed
    stably (subtract the row maximum, or a log-sum-exp): logits of ±1000 give finite results.
    Raise ValueError when input_ids.shape != logits.shape[:2] (token_logprobs and
    response_logprob) or when values.shape != mask.shape (masked_mean).
    Coming from TRL/PyTorch: selective_log_softmax(logits[:, :-1], input_ids[:, 1:]) is
    token_logprobs; TRL's masked means divide by mask.sum().clamp(min=1), which also gives 0
    for an empty selection, but multiply values by the mask (NaN · 0 is NaN): we ignore
    masked-out entries entirely.

Time budget: 20 minutes.
"""
import numpy as np


def token_logprobs(logits, input_ids):
    # BEGIN SOLUTION
    # Complexity: O(B·T·V) time and memory.
    if input_ids.shape != logits.shape[:2]:
        raise ValueError(f"input_ids {input_ids.shape} does not match logits {logits.shape}")
    predicting = logits[:, :-1, :]                 # position t predicts token t + 1
    targets = input_ids[:, 1:]
    top = predicting.max(axis=-1, keepdims=True)
    log_z = top[..., 0] + np.log(np.exp(predicting - top).sum(axis=-1))
    chosen = np.take_along_axis(predicting, targets[..., None], axis=-1)[..., 0]
    return chosen - log_z
    # END SOLUTION


def masked_mean(values, mask, axis=None):
    # BEGIN SOLUTION
    if values.shape != mask.shape:
        raise ValueError(f"values {values.shape} and mask {mask.shape} differ")
    kept = np.where(mask, values, 0.0)             # masked-out inf/NaN never enter the sum
    if axis is None:
        count = int(mask.sum())
        return float(kept.sum() / count) if count else 0.0
    count = mask.sum(axis=axis)
    return kept.sum(axis=axis) / np.maximum(count, 1)
    # END SOLUTION


def response_logprob(logits, input_ids, response_mask):
    # BEGIN SOLUTION
    per_token = token_logprobs(logits, input_ids)
    scored = response_mask[:, 1:]                  # align with the shifted targets
    return np.where(scored, per_token, 0.0).sum(axis=-1)
    # END SOLUTION
