"""The full GRPO-clip loss over a batch of responses, with both normalisations, and its gradient.

Task
    B responses (each sampled for some prompt, with a group-normalised advantage A_b, see
    llm/ppo_gae) are scored token by token. With per-token log-probs of the current policy
    logp, of the policy that sampled them old_logp, and of a frozen reference ref_logp:

        ratio_t = exp(logp_t − old_logp_t)
        clipped = clip(ratio_t, 1 − eps_low, 1 + eps_high)
        kl_t    = exp(ref_logp_t − logp_t) − (ref_logp_t − logp_t) − 1      (the "k3" estimator)
        ℓ_t     = −min(ratio_t · A_b, clipped · A_b) + beta · kl_t

    and the loss averages ℓ over the response tokens (mask True) in one of two ways:
        loss_type="sequence"  (the GRPO paper; TRL's loss_type="grpo"): the mean of ℓ over each
                              sequence's tokens, then the mean over the B sequences. A sequence
                              with no token contributes 0 and still counts in the B.
        loss_type="token"     (DAPO; TRL's "bnpo"): Σ over all kept tokens of the batch / their
                              total count; 0.0 when no token is kept.
    Write the loss and its gradient with respect to logp (old_logp and ref_logp are constants).

Signature
    grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type) -> float
    grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type) -> grad

Shapes and types
    logp, old_logp, ref_logp  float64 (B, T), B, T ≥ 1 (values where mask is False are finite
                              but meaningless); advantages float64 (B,); mask bool (B, T)
    eps_low, eps_high         floats in [0, 1); beta a float ≥ 0; loss_type "sequence" or "token"
    returns                   grpo_loss: a Python float; grpo_loss_grad: a new float64 (B, T),
                              0 where mask is False. Hidden tests use B ≤ 4, T ≤ 6.

Example
    >>> lp = np.log(np.array([[1.5, 0.9]]))        # ratios 1.5 and 0.9 (old_logp = 0)
    >>> zeros = np.zeros((1, 2)); keep = np.array([[True, True]])
    >>> round(grpo_loss(lp, zeros, lp, np.array([1.0]), keep, 0.2, 0.2, 0.0, "token"), 6)
    -1.05
    >>> grpo_loss_grad(lp, zeros, lp, np.array([1.0]), keep, 0.2, 0.2, 0.0, "token").round(6)
    array([[ 0.  , -0.45]])

    (ratio 1.5 is clipped to 1.2: −(1.2 + 0.9) / 2 = −1.05; the clipped token passes no gradient.)

Constraints
    numpy only. Returns new arrays; the inputs are not modified. Gradient of the min: where
    the clipped term is strictly smaller (the ratio is outside the range on the side the
    advantage pushes to), ℓ does not depend on ratio_t and the clip term passes 0; otherwise
    ∂(−ratio · A)/∂logp = −ratio · A. Hidden tests never put a ratio exactly on 1 ± eps.
    ∂kl_t/∂logp_t = 1 − exp(ref_logp_t − logp_t). Raise ValueError for any other loss_type.
    Coming from TRL: its per-token loss, loss types "grpo" and "bnpo" and k3 KL match ours
    (TRL's "dr_grpo" divides by B · T instead, a third convention we do not ask for).

Time budget: 30 minutes.
"""
import numpy as np


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    # BEGIN SOLUTION
    # Complexity: O(B·T) time and memory.
    if loss_type not in ("sequence", "token"):
        raise ValueError(f"loss_type must be 'sequence' or 'token', not {loss_type!r}")
    ratio = np.exp(logp - old_logp)
    a = advantages[:, None]
    clipped = np.clip(ratio, 1.0 - eps_low, 1.0 + eps_high)
    diff = ref_logp - logp
    kl = np.exp(diff) - diff - 1.0                  # k3: ≥ 0, unbiased for KL(π ‖ π_ref)
    per_token = -np.minimum(ratio * a, clipped * a) + beta * kl
    per_token = np.where(mask, per_token, 0.0)
    if loss_type == "token":
        return float(per_token.sum() / max(int(mask.sum()), 1))
    # sequence: each row's own mean (an empty row gives 0), then the mean over all B rows
    per_row = per_token.sum(axis=1) / np.maximum(mask.sum(axis=1), 1)
    return float(per_row.mean())
    # END SOLUTION


def grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    # BEGIN SOLUTION
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
    return np.where(mask, grad * weights, 0.0)
    # END SOLUTION
