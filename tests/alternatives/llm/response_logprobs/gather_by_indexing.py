"""Full log-softmax over the vocabulary, then fancy indexing; means through a float weight matrix."""
import numpy as np


def token_logprobs(logits, input_ids):
    if input_ids.shape != logits.shape[:2]:
        raise ValueError("input_ids must be logits.shape[:2]")
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_softmax = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    B, T = input_ids.shape
    rows = np.arange(B)[:, None]
    cols = np.arange(T - 1)[None, :]
    return log_softmax[rows, cols, input_ids[:, 1:]].astype(np.float64)


def masked_mean(values, mask, axis=None):
    if values.shape != mask.shape:
        raise ValueError("shapes differ")
    safe = np.where(mask, values, 0.0)
    weights = mask.astype(np.float64)
    if axis is None:
        n = weights.sum()
        return 0.0 if n == 0 else float(safe.sum() / n)
    n = weights.sum(axis=-1)
    total = safe.sum(axis=-1)
    return np.divide(total, n, out=np.zeros_like(total), where=n > 0)


def response_logprob(logits, input_ids, response_mask):
    lp = token_logprobs(logits, input_ids)
    return (np.where(response_mask[:, 1:], lp, 0.0)).sum(axis=1)
