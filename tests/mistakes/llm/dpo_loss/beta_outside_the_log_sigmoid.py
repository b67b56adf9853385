"""β multiplies the loss instead of the margin: β · (−log σ(margin)).

β scales the margin INSIDE the sigmoid: −log σ(β · margin).
"""
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): no overflow for any z
    return float(beta * np.mean(np.logaddexp(0.0, -margin)))


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    n = z.shape[0]
    # d/dz[−log σ(z)] = −σ(−z); σ(−z) = e^(−logaddexp(0, z)) is stable for any z
    dz = -np.exp(-np.logaddexp(0.0, margin)) / n
    return beta * dz, -beta * dz
