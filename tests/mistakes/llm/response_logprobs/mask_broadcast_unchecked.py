"""masked_mean lets numpy broadcast the mask: a (T,) mask against (B, T) values is silently accepted.

Compare values.shape with mask.shape and raise ValueError when they differ: broadcasting would apply
one row's mask to every row (or one entry's to a whole row) without a word.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def token_logprobs(logits, input_ids):
    if input_ids.shape != logits.shape[:2]:
        raise ValueError(f"input_ids {input_ids.shape} does not match logits {logits.shape}")
    predicting = logits[:, :-1, :]                 # position t predicts token t + 1
    targets = input_ids[:, 1:]
    top = predicting.max(axis=-1, keepdims=True)
    log_z = top[..., 0] + np.log(np.exp(predicting - top).sum(axis=-1))
    chosen = np.take_along_axis(predicting, targets[..., None], axis=-1)[..., 0]
    return chosen - log_z


def masked_mean(values, mask, axis=None):
    kept = np.where(mask, values, 0.0)             # masked-out inf/NaN never enter the sum
    if axis is None:
        count = int(mask.sum())
        return float(kept.sum() / count) if count else 0.0
    count = mask.sum(axis=axis)
    return kept.sum(axis=axis) / np.maximum(count, 1)


def response_logprob(logits, input_ids, response_mask):
    per_token = token_logprobs(logits, input_ids)
    scored = response_mask[:, 1:]                  # align with the shifted targets
    return np.where(scored, per_token, 0.0).sum(axis=-1)
