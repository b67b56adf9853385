"""Masked-out tokens are removed by multiplying by the mask: an overflowing ratio there gives inf · 0 = NaN.

Values where the mask is False are meaningless (their ratio may overflow to inf): select with
np.where(mask, per_token, 0.0), which never looks at them, instead of per_token * mask.
"""
import numpy as np


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    if loss_type not in ("sequence", "token"):
        raise ValueError(f"loss_type must be 'sequence' or 'token', not {loss_type!r}")
    ratio = np.exp(logp - old_logp)
    a = advantages[:, None]
    clipped = np.clip(ratio, 1.0 - eps_low, 1.0 + eps_high)
    diff = ref_logp - logp
    kl = np.exp(diff) - diff - 1.0                  # k3: ≥ 0, unbiased for KL(π ‖ π_ref)
    per_token = -np.minimum(ratio * a, clipped * a) + beta * kl
    per_token = per_token * mask                    # the mistake: inf · 0 is NaN
    if loss_type == "token":
        return float(per_token.sum() / max(int(mask.sum()), 1))
    # sequence: each row's own mean (an empty row gives 0), then the mean over all B rows
    per_row = per_token.sum(axis=1) / np.maximum(mask.sum(axis=1), 1)
    return float(per_row.mean())


def grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    if loss_type not in ("sequence", "token"):
        raise ValueError(f"loss_type must be 'sequence' or 'token', not {loss_type!r}")
    ratio = np.exp(logp - old_logp)
    a = advantages[:, None]
    unclipped = ratio * a
    clipped = np.clip(ratio, 1.0 - eps_low, 1.0 + eps_high) * a
    diff = ref_logp - logp
    # the min follows the unclipped term unless the clipped one is strictly smaller
    grad = np.where(clipped < unclipped, 0.0, -unclipped) + beta * (1.0 - np.exp(diff))
    # d loss / d ℓ_t: the weight of each token in the chosen average
    if loss_type == "token":
        weights = mask / max(int(mask.sum()), 1)
    else:
        weights = mask / np.maximum(mask.sum(axis=1, keepdims=True), 1) / mask.shape[0]
    return grad * weights * mask
