"""The step adds the gradient (W + learning_rate · grad): it climbs the loss.

Gradient DESCENT: W_new = W − learning_rate · grad.
"""
import numpy as np


def sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type):
    if micro_batch_size < 1:
        raise ValueError(f"micro_batch_size must be at least 1, not {micro_batch_size}")
    if loss_type not in ("token", "sequence"):
        raise ValueError(f"loss_type must be 'token' or 'sequence', not {loss_type!r}")
    B = features.shape[0]
    # the weight of each token in the BATCH loss, known before any micro-batch runs
    if loss_type == "token":
        weights = loss_mask / max(int(loss_mask.sum()), 1)
    else:
        weights = loss_mask / np.maximum(loss_mask.sum(axis=1, keepdims=True), 1) / B
    grad = np.zeros(W.shape)
    contributions = []
    for start in range(0, B, micro_batch_size):
        rows = slice(start, start + micro_batch_size)
        logits = features[rows] @ W                                   # (b, T, V)
        top = logits.max(axis=-1, keepdims=True)
        log_z = top[..., 0] + np.log(np.exp(logits - top).sum(axis=-1))
        chosen = np.take_along_axis(logits, targets[rows][..., None], axis=-1)[..., 0]
        w = weights[rows]
        contributions.append(float(np.where(loss_mask[rows], (log_z - chosen) * w, 0.0).sum()))
        d_logits = np.exp(logits - log_z[..., None])                  # softmax
        np.put_along_axis(d_logits, targets[rows][..., None],
                          np.take_along_axis(d_logits, targets[rows][..., None], axis=-1) - 1.0, axis=-1)
        d_logits *= w[..., None]
        grad += np.einsum("btd,btv->dv", features[rows], d_logits)    # accumulate
    contributions = np.array(contributions, dtype=np.float64)
    return W + learning_rate * grad, float(contributions.sum()), contributions
