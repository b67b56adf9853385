"""The losses of the pairs are summed, not averaged (and the gradient lacks the 1/N).

The statement's loss is the MEAN over the N pairs.
"""
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): no overflow for any z
    return float(np.sum(np.logaddexp(0.0, -z)))


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    n = z.shape[0]
    # d/dz[−log σ(z)] = −σ(−z); σ(−z) = e^(−logaddexp(0, z)) is stable for any z
    dz = -np.exp(-np.logaddexp(0.0, z))
    return beta * dz, -beta * dz
