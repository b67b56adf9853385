"""Only the clipped term: ℓ = −clip(ratio)·A, without the min with the unclipped ratio·A.

The min keeps the pessimistic bound: when the ratio moved AGAINST the advantage (ratio < 1 − eps with
A > 0, or ratio > 1 + eps with A < 0) the unclipped term is smaller and stays, with its gradient.
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
    per_token = -clipped * a + beta * kl            # the mistake: no min with ratio · A
    per_token = np.where(mask, per_token, 0.0)
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
    inside = (ratio > 1.0 - eps_low) & (ratio < 1.0 + eps_high)
    grad = np.where(inside, -unclipped, 0.0) + beta * (1.0 - np.exp(diff))
    # d loss / d ℓ_t: the weight of each token in the chosen average
    if loss_type == "token":
        weights = mask / max(int(mask.sum()), 1)
    else:
        weights = mask / np.maximum(mask.sum(axis=1, keepdims=True), 1) / mask.shape[0]
    return np.where(mask, grad * weights, 0.0)
