"""Log-ratios first (chosen and rejected rewards, as TRL computes them), the loss as −mean(log σ) via −logaddexp.
"""
import numpy as np


def _rewards(pc, pr, rc, rr, beta):
    return beta * (pc - rc), beta * (pr - rr)


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    chosen, rejected = _rewards(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta)
    log_sigmoid = -np.logaddexp(0.0, -(chosen - rejected))
    return float(-log_sigmoid.mean())


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    chosen, rejected = _rewards(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta)
    z = chosen - rejected
    sigma_neg = 0.5 * (1.0 - np.tanh(z / 2.0))      # σ(−z), stable through tanh
    g = beta * sigma_neg / len(z)
    return -g, g.copy()
