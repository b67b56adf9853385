"""The reference model is left out: z = β (log πθ(y_w) − log πθ(y_l)).

DPO's implicit reward is the log-RATIO to the frozen reference: subtract ref_chosen from
policy_chosen and ref_rejected from policy_rejected.
"""
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = policy_chosen - policy_rejected
    z = beta * margin
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): no overflow for any z
    return float(np.mean(np.logaddexp(0.0, -z)))


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = policy_chosen - policy_rejected
    z = beta * margin
    n = z.shape[0]
    # d/dz[−log σ(z)] = −σ(−z); σ(−z) = e^(−logaddexp(0, z)) is stable for any z
    dz = -np.exp(-np.logaddexp(0.0, z)) / n
    return beta * dz, -beta * dz
