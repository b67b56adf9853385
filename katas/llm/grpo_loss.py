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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=llm/grpo_loss`.
import numpy as np


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    raise NotImplementedError("llm/grpo_loss: implement grpo_loss")


def grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    raise NotImplementedError("llm/grpo_loss: implement grpo_loss_grad")
