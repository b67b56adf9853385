"""Plain loops over responses and tokens; the clip decided by comparing the two terms explicitly."""
import math

import numpy as np


def _token(lp, old, ref, a, eps_low, eps_high, beta):
    ratio = math.exp(lp - old)
    unclipped = ratio * a
    clipped = min(max(ratio, 1.0 - eps_low), 1.0 + eps_high) * a
    d = ref - lp
    value = -min(unclipped, clipped) + beta * (math.exp(d) - d - 1.0)
    grad = (0.0 if clipped < unclipped else -unclipped) + beta * (1.0 - math.exp(d))
    return value, grad


def _both(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    if loss_type not in ("sequence", "token"):
        raise ValueError("bad loss_type")
    B, T = logp.shape
    total_kept = int(mask.sum())
    loss, grad = 0.0, np.zeros((B, T))
    for b in range(B):
        kept = int(mask[b].sum())
        for t in range(T):
            if not mask[b, t]:
                continue
            v, g = _token(logp[b, t], old_logp[b, t], ref_logp[b, t], advantages[b], eps_low, eps_high, beta)
            w = 1.0 / total_kept if loss_type == "token" else 1.0 / (kept * B)
            loss += w * v
            grad[b, t] = w * g
    return loss, grad


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    return float(_both(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type)[0])


def grpo_loss_grad(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type):
    return _both(logp, old_logp, ref_logp, advantages, mask, eps_low, eps_high, beta, loss_type)[1]
