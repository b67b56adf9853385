"""Plain loops over rows and positions; log-sum-exp with np.logaddexp.reduce; masked means by boolean indexing."""
import numpy as np


def token_logprobs(logits, input_ids):
    if input_ids.shape != logits.shape[:2]:
        raise ValueError("input_ids must be logits.shape[:2]")
    B, T, _ = logits.shape
    out = np.zeros((B, max(T - 1, 0)))
    for b in range(B):
        for t in range(T - 1):
            row = logits[b, t]
            out[b, t] = row[input_ids[b, t + 1]] - np.logaddexp.reduce(row)
    return out


def masked_mean(values, mask, axis=None):
    if values.shape != mask.shape:
        raise ValueError("shapes differ")
    if axis is None:
        picked = values[mask]
        return float(picked.mean()) if picked.size else 0.0
    flat_values = values.reshape(-1, values.shape[-1])
    flat_mask = mask.reshape(-1, mask.shape[-1])
    out = np.array([v[m].mean() if m.any() else 0.0 for v, m in zip(flat_values, flat_mask)])
    return out.reshape(values.shape[:-1])


def response_logprob(logits, input_ids, response_mask):
    per_token = token_logprobs(logits, input_ids)
    return np.array([float(row[m[1:]].sum()) for row, m in zip(per_token, response_mask)])
