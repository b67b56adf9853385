"""Sign flipped: −log σ(−z), which rewards the REJECTED answer.

The chosen answer's log-ratio comes first: z = β [(πθ(y_w) − π_ref(y_w)) − (πθ(y_l) − π_ref(y_l))],
and the loss is −log σ(z), small when z is large.
"""
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): no overflow for any z
    return float(np.mean(np.logaddexp(0.0, z)))


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    z = beta * margin
    n = z.shape[0]
    # d/dz[−log σ(z)] = −σ(−z); σ(−z) = e^(−logaddexp(0, z)) is stable for any z
    dz = np.exp(-np.logaddexp(0.0, -z)) / n
    return beta * dz, -beta * dz
