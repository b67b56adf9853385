"""Accumulates UNNORMALISED sums per micro-batch (per row for "sequence"), scales once at the end."""
import numpy as np


def _ce_and_grad(W, x, y):
    logits = x @ W
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    ce = -np.take_along_axis(log_p, y[..., None], axis=-1)[..., 0]
    d = np.exp(log_p)
    onehot = np.zeros_like(d)
    np.put_along_axis(onehot, y[..., None], 1.0, axis=-1)
    return ce, d - onehot


def sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type):
    if micro_batch_size < 1 or loss_type not in ("token", "sequence"):
        raise ValueError("bad arguments")
    B = features.shape[0]
    if loss_type == "token":
        scale_rows = np.ones(B)
        norm = max(int(loss_mask.sum()), 1)
    else:
        scale_rows = 1.0 / np.maximum(loss_mask.sum(axis=1), 1)
        norm = B
    grad_sum = np.zeros(W.shape)
    sums = []
    for s in range(0, B, micro_batch_size):
        ce, dlog = _ce_and_grad(W, features[s:s + micro_batch_size], targets[s:s + micro_batch_size])
        m = loss_mask[s:s + micro_batch_size] * scale_rows[s:s + micro_batch_size, None]
        sums.append(float((np.where(m > 0, ce, 0.0) * m).sum()))
        grad_sum += np.tensordot(features[s:s + micro_batch_size], dlog * m[..., None], axes=([0, 1], [0, 1]))
    parts = np.array(sums) / norm
    return W - learning_rate * grad_sum / norm, float(parts.sum()), parts
